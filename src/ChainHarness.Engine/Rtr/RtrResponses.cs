using System.Text.Json;

namespace ChainHarness.Engine.Rtr;

/// <summary>Reads the HAL collections of RTR gegevens v2: a list under <c>_embedded.&lt;name&gt;</c>.</summary>
public static class RtrResponses
{
    /// <summary>The identificatie of every activity listed; empty when the body is not a HAL list.</summary>
    public static IReadOnlyList<string> ActivityIds(string? body) => Field(body, "activiteiten", "identificatie");

    /// <summary>The type (Conclusie, Indieningsvereisten, …) of every toepasbare regel listed.</summary>
    public static IReadOnlyList<string> RegelbeheerobjectTypes(string? body) => Field(body, "toepasbareRegels", "type");

    /// <summary>Every toepasbare regel listed, with the delivery it came from when the RTR says so.</summary>
    public static IReadOnlyList<RtrRegelbeheerobject> Regelbeheerobjecten(string? body) =>
        Items(body, "toepasbareRegels", i => Text(i, "type") is { } type ? new RtrRegelbeheerobject(type, Text(i, "idLevering")) : null);

    /// <summary>The naam of every werkzaamheid listed.</summary>
    public static IReadOnlyList<string> WerkzaamheidNamen(string? body) => Field(body, "werkzaamheden", "naam");

    private static List<string> Field(string? body, string collection, string field) => Items(body, collection, i => Text(i, field));

    private static List<T> Items<T>(string? body, string collection, Func<JsonElement, T?> select)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object && embedded.TryGetProperty(collection, out var items) && items.ValueKind == JsonValueKind.Array
                ? [.. items.EnumerateArray().Select(select).OfType<T>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement item, string field) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
