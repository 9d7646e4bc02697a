using System.Text.Json;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Rtr;

/// <summary>Reads the HAL collections of RTR gegevens v2: a list under <c>_embedded.&lt;name&gt;</c>.</summary>
public static class RtrResponses
{
    /// <summary>The identificatie of every activity listed; empty when the body is not a HAL list.</summary>
    public static IReadOnlyList<string> ActivityIds(string? body) => Field(body, "activiteiten", "identificatie");

    /// <summary>The type (Conclusie, Indieningsvereisten, …) of every toepasbare regel listed.</summary>
    public static IReadOnlyList<string> RegelbeheerobjectTypes(string? body) => Field(body, "toepasbareRegels", "type");

    /// <summary>The naam of every werkzaamheid listed.</summary>
    public static IReadOnlyList<string> WerkzaamheidNamen(string? body) => Field(body, "werkzaamheden", "naam");

    private static List<string> Field(string? body, string collection, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            return JsonRead.Child(document.RootElement, "_embedded") is { } embedded
                ? [.. JsonRead.Items(embedded, collection).Select(i => JsonRead.Text(i, field)).OfType<string>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
