using System.Text.Json;
using RestSharp;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Engine.Loket;

/// <summary>A response that was not what a step expected, in plain words: the status and the problem's detail.</summary>
public static class ResponseText
{
    /// <summary>e.g. <c>answered 422 Unprocessable Entity: required document 'Bouwtekening' is missing.</c></summary>
    public static string Describe(RestResponse response)
    {
        // RestSharp marks every non-2xx answer (but 404) as ResponseStatus.Error: only "no status" means no answer.
        if (response.StatusCode == 0)
        {
            return $"did not answer ({Http.NoAnswer.Reason(response)})";
        }

        var text = $"answered {(int)response.StatusCode} {response.StatusDescription}".TrimEnd();
        return Detail(response.Content) is { } detail ? $"{text}: {detail}" : text;
    }

    /// <summary>F11 when the system did not answer or failed on its side (5xx); null otherwise.</summary>
    public static Finding? Finding(RestResponse response) =>
        response.StatusCode == 0 || (int)response.StatusCode >= 500 ? Werkplaats.F11 : null;

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
