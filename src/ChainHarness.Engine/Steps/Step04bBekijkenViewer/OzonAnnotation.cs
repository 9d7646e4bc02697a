using System.Text.Json.Nodes;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// A regeltekstannotatie as the Ozon search answers it (HAL: <c>_embedded.regeltekstannotaties[]</c>):
/// the juridische regel, its regeling, activities and werkingsgebieden.
/// </summary>
public sealed record OzonAnnotation(string Id, string? RegelingWorkId, IReadOnlyList<string> ActivityIds, IReadOnlyList<string> LocationIds)
{
    public static IReadOnlyList<OzonAnnotation> ParseAll(string? json)
    {
        try
        {
            var items = JsonNode.Parse(json ?? "")?["_embedded"]?["regeltekstannotaties"]?.AsArray() ?? [];
            return [.. items.OfType<JsonNode>().Select(Parse)];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    private static OzonAnnotation Parse(JsonNode node) => new(
        (string?)node["identificatie"] ?? "?",
        (string?)node["regeling"]?["identificatie"],
        Ids(node["activiteiten"]),
        Ids(node["werkingsgebieden"]));

    private static List<string> Ids(JsonNode? array) =>
        [.. (array?.AsArray() ?? []).Select(n => (string?)n?["identificatie"]).OfType<string>()];
}
