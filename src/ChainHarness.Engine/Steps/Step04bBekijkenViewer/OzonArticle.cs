using System.Text.Json.Nodes;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// An article of a regeling's consolidated text as Ozon serves it under <c>documentcomponenten</c>
/// (HAL: <c>_embedded.documentcomponenten[]</c> with wId and tekst; the field names are our design,
/// Presenteren's OpenAPI is not public).
/// </summary>
public sealed record OzonArticle(string WId, string Tekst)
{
    public static IReadOnlyList<OzonArticle> ParseAll(string? json)
    {
        try
        {
            var items = JsonNode.Parse(json ?? "")?["_embedded"]?["documentcomponenten"]?.AsArray() ?? [];
            return [.. items.OfType<JsonNode>().Select(n => new OzonArticle((string?)n["wId"] ?? "?", (string?)n["tekst"] ?? ""))];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return [];
        }
    }
}
