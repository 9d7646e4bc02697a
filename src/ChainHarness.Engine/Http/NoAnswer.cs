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

        return Innermost(response.ErrorException, response.ErrorMessage);
    }

    /// <summary>The innermost reason of an exception (a connection refused inside an HttpRequestException).</summary>
    public static string Reason(Exception exception) => Innermost(exception, null);

    private static string Innermost(Exception? error, string? fallback)
    {
        while (error?.InnerException is not null)
        {
            error = error.InnerException;
        }

        var message = error?.Message ?? fallback;
        return string.IsNullOrWhiteSpace(message) ? "no connection" : message.Trim().TrimEnd('.');
    }
}
