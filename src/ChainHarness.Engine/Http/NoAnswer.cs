using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// Why an exchange got no HTTP answer, in the words of the innermost error: "Name or service not known",
/// "Connection refused", a timeout. A municipality checking pre-productie needs to tell DNS from a firewall.
/// </summary>
public static class NoAnswer
{
    public static string Reason(RestResponse response)
    {
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            return "timed out";
        }

        var error = response.ErrorException;
        while (error?.InnerException is not null)
        {
            error = error.InnerException;
        }

        var message = error?.Message ?? response.ErrorMessage;
        return string.IsNullOrWhiteSpace(message) ? "no connection" : message.Trim().TrimEnd('.');
    }
}
