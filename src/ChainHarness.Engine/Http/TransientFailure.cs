using System.Net;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>What counts as worth retrying: 5xx (not 501, not a SOAP client fault), 429, a dropped or reset connection (never a refused production host).</summary>
internal static class TransientFailure
{
    public static bool Is(RestResponse response) =>
        (response.ResponseStatus is ResponseStatus.Error or ResponseStatus.TimedOut
            && response.ErrorException is not Configuration.ConfigurationErrorException && !TooLarge(response.ErrorException))
        || response.StatusCode is HttpStatusCode.TooManyRequests
        || ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented && !SoapFault.IsClientFault(response));

    /// <summary>An answer over the size limit is not transient: asking again gets the same answer.</summary>
    private static bool TooLarge(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is ResponseTooLargeException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wait a 429 or 503 asks for in Retry-After (seconds or an HTTP date), capped.</summary>
    public static TimeSpan? RetryAfter(RestResponse response, TimeProvider time, TimeSpan cap)
    {
        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
        if (header is null)
        {
            return null;
        }

        if (int.TryParse(header, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, cap.TotalSeconds));
        }

        if (DateTimeOffset.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - time.GetUtcNow();
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
        }

        return null;
    }
}
