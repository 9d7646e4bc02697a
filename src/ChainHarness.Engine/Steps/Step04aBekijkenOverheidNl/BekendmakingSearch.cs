using System.Text.Json.Nodes;

namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>Reads a search answer of officielebekendmakingen.nl (our design): <c>{ aantal, publicaties[] }</c>.</summary>
public static class BekendmakingSearch
{
    public static FoundBekendmaking? Find(string? json, string besluitWorkId)
    {
        try
        {
            var publicaties = JsonNode.Parse(json ?? "")?["publicaties"]?.AsArray() ?? [];
            return publicaties
                .Where(p => (string?)p?["besluit"] == besluitWorkId)
                .Select(p => new FoundBekendmaking((string?)p!["identificatie"] ?? "?", (string?)p["titel"] ?? "", (string?)p["datumBekendmaking"] ?? "?"))
                .FirstOrDefault();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
