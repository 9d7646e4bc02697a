using System.Text.Json;
using RestSharp;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Engine.Loket;

/// <summary>A response that was not what a step expected, in plain words: the status and the problem's detail.</summary>
public static class ResponseText
{
    /// <summary>
    /// In Dutch and English, e.g. <c>antwoordde 422: required document 'Bouwtekening' is missing.</c> /
    /// <c>answered 422 Unprocessable Entity: …</c>; the detail is the system's own words, as observed.
    /// </summary>
    public static Bilingual Describe(RestResponse response)
    {
        // RestSharp marks every non-2xx answer (but 404) as ResponseStatus.Error: only "no status" means no answer.
        if (response.StatusCode == 0)
        {
            return Texts.NetworkTexts.DidNotAnswer(Http.NoAnswer.ReasonInBoth(response));
        }

        return Texts.NetworkTexts.Answered((int)response.StatusCode, response.StatusDescription, Detail(response.Content));
    }

    /// <summary>
    /// F11 (DSO-LV outage or instability) when the system failed on its side (5xx) or timed out;
    /// null otherwise: a refused connection or an unknown name is this side being offline, and a 429
    /// is a rate limit, not an outage.
    /// </summary>
    public static Finding? Finding(RestResponse response) =>
        (int)response.StatusCode >= 500 || (response.StatusCode == 0 && response.ResponseStatus == ResponseStatus.TimedOut) ? Werkplaats.F11 : null;

    /// <summary>Your own network when no connection could be made at all (refused, name not known); null otherwise.</summary>
    public static Bilingual? Owner(RestResponse response) => Offline(response) ? LikelyOwner.OwnNetwork : null;

    /// <summary>No HTTP answer and not a timeout: the connection was refused or the name is not known.</summary>
    public static bool Offline(RestResponse response) => response.StatusCode == 0 && response.ResponseStatus != ResponseStatus.TimedOut;

    private static string? Detail(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(content);
            return doc.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
