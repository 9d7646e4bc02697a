using System.Text.Json;

namespace ChainHarness.Engine.Loket;

/// <summary>Reads HAL JSON answers: the hrefs of named links, and the length of a list.</summary>
public static class Hal
{
    /// <summary>The href of every named link under <c>_links</c>, or null when one is missing or the body is not JSON.</summary>
    public static IReadOnlyDictionary<string, string>? Links(string? json, params string[] rels)
    {
        var root = Parse(json);
        var links = root is { } r ? JsonRead.Child(r, "_links") : null;
        var hrefs = rels.ToDictionary(rel => rel, rel => links is { } l && JsonRead.Child(l, rel) is { } link ? JsonRead.Text(link, "href") : null);
        return hrefs.Values.All(h => h is not null) ? hrefs.ToDictionary(h => h.Key, h => h.Value!) : null;
    }

    /// <summary>How many items the list <paramref name="name"/> holds, or null when the body is not JSON.</summary>
    public static int? Count(string? json, string name) => Parse(json) is { } root ? JsonRead.Items(root, name).Count() : null;

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
