using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>A text in both report languages.</summary>
public sealed record JsonText(string Nl, string En)
{
    public static JsonText From(Bilingual text) => new(text.Dutch, text.English);
}
