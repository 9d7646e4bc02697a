using System.Text.Json;

namespace ChainHarness.Engine.Protocols;

/// <summary>
/// The RFC 7807 <c>type</c> URIs our simulators put on the problems a step must tell apart, and the
/// reader of a problem's <c>type</c>. The DSO error shape is <c>type,title,status,detail,instance</c>
/// (dso-keten.md); the real services' type values for these cases are not public, so these are ours
/// (GUESS, stated in the contracts). A step keys on the status and this field, never on the detail's words.
/// </summary>
public static class ProblemTypes
{
    private const string Base = "https://chainharness.local/problems/";

    /// <summary>LVBB, <c>GET opdrachten/{idLevering}/verslag</c> 404: there is no opdracht with this idLevering.</summary>
    public const string OnbekendeLevering = Base + "lvbb/onbekende-levering";

    /// <summary>LVBB, <c>GET opdrachten/{idLevering}/verslag</c> 404: the opdracht is known and still in processing.</summary>
    public const string InVerwerking = Base + "lvbb/in-verwerking";

    /// <summary>Verzoek afhandelen 403: the verzoek has no part for the caller's OIN (a routing outcome, not an authorisation problem).</summary>
    public const string NietGeadresseerd = Base + "afhandelen/niet-geadresseerd";

    /// <summary>
    /// Toepasbare regels uitvoeren, <c>_bepaal</c> 422: the delivered rules cannot be evaluated for these answers (a FEEL
    /// type mismatch, a missing typeRef, rules that contradict themselves); <c>detail</c> says where. Not a no-match.
    /// </summary>
    public const string Evaluatiefout = Base + "uitvoeren/evaluatiefout";

    /// <summary>The problem's <c>detail</c> (the service's own words), or null when there is none.</summary>
    public static string? Detail(string? content) => Field(content, "detail");

    /// <summary>The problem's <c>type</c>, or null when the body is no JSON object with a string <c>type</c>.</summary>
    public static string? Of(string? content) => Field(content, "type");

    private static string? Field(string? content, string name)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
