using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.RulesSoftware;

/// <summary>The shape of <c>regelbeheer.json</c>: which templates become which regelbeheerobjecten, and the werkzaamheden.</summary>
internal sealed record RegelbeheerFile(List<RegelbeheerFile.Bestand> Bestanden, List<string> Werkzaamheden)
{
    public sealed record Bestand(RegelbeheerobjectType Type, string Sjabloon);
}
