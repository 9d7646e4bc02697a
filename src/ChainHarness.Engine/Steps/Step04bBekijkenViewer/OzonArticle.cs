using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Steps.Step04bBekijkenViewer;

/// <summary>
/// An article of a regeling's consolidated text as Presenteren v8 serves it under <c>documentstructuur</c>
/// (HAL: <c>_embedded.documentComponenten[]</c> with <c>wId</c> and <c>inhoud</c>, STOP XML [seen]);
/// the text is the inhoud without its tags, whitespace folded.
/// </summary>
public sealed partial record OzonArticle(string WId, string Tekst)
{
    public static IReadOnlyList<OzonArticle> ParseAll(string? json)
    {
        try
        {
            var items = JsonNode.Parse(json ?? "")?["_embedded"]?["documentComponenten"]?.AsArray() ?? [];
            return [.. items.OfType<JsonNode>().Select(n => new OzonArticle((string?)n["wId"] ?? "?", Text((string?)n["inhoud"])))];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    private static string Text(string? inhoud) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(inhoud ?? "", " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
