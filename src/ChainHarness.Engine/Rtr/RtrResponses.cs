using System.Text.Json;
using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Rtr;

/// <summary>
/// Reads the HAL collections of RTR gegevens v2 and uitvoerengegevens v1: a list under
/// <c>_embedded.&lt;name&gt;</c>. An activity is named by <c>urn</c> [seen] (else <c>identificatie</c>),
/// a toepasbare regel's kind by <c>typering</c> [seen on regelBeheerObjecten] (else <c>type</c>).
/// </summary>
public static class RtrResponses
{
    /// <summary>The identificatie of every activity listed; empty when the body is not a HAL list.</summary>
    public static IReadOnlyList<string> ActivityIds(string? body) =>
        Items(body, "activiteiten", i => JsonRead.Text(i, "urn") ?? JsonRead.Text(i, "identificatie"));

    /// <summary>The type (Conclusie, Indieningsvereisten, …) of every toepasbare regel listed.</summary>
    public static IReadOnlyList<string> RegelbeheerobjectTypes(string? body) => Items(body, "toepasbareRegels", Typering);

    /// <summary>Every toepasbare regel listed, with the delivery it came from when the RTR says so.</summary>
    public static IReadOnlyList<RtrRegelbeheerobject> Regelbeheerobjecten(string? body) =>
        Items(body, "toepasbareRegels", i => Typering(i) is { } type ? new RtrRegelbeheerobject(type, JsonRead.Text(i, "idLevering")) : null);

    /// <summary>The naam of every werkzaamheid listed.</summary>
    public static IReadOnlyList<string> WerkzaamheidNamen(string? body) =>
        Items(body, "werkzaamheden", i => JsonRead.Text(i, "omschrijving") ?? JsonRead.Text(i, "naam"));

    /// <summary>Every werkzaamheid listed with the number of activities it is linked to (<c>activiteiten[]</c>).</summary>
    public static IReadOnlyList<RtrWerkzaamheid> Werkzaamheden(string? body) =>
        Items(body, "werkzaamheden", i => (JsonRead.Text(i, "omschrijving") ?? JsonRead.Text(i, "naam")) is { } naam ? new RtrWerkzaamheid(naam, JsonRead.Items(i, "activiteiten").Count()) : null);

    /// <summary>True when the body is a JSON object (a list the RTR answered, perhaps empty); false for an empty or garbled body.</summary>
    public static bool IsJsonObject(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Typering(JsonElement item) => JsonRead.Text(item, "typering") ?? JsonRead.Text(item, "type");

    private static List<T> Items<T>(string? body, string collection, Func<JsonElement, T?> select)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            return JsonRead.Child(document.RootElement, "_embedded") is { } embedded
                ? [.. JsonRead.Items(embedded, collection).Select(select).OfType<T>()]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
