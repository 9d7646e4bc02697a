using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Findings;

/// <summary>
/// One lesson werkplaatsen DSO-keten learn again and again (F1–F20 of the domain brief): where in
/// the chain it shows, what it is, whom to call, what to check and how the demo shows it. The one
/// list is <see cref="Werkplaats"/>; a step names one as <c>Werkplaats.F7</c>.
/// </summary>
/// <param name="Code">F1 … F20, as reports print it.</param>
/// <param name="Where">The steps as the werkplaats writes them, e.g. <c>3 vs 4b</c> or <c>6 → 7</c>.</param>
/// <param name="Steps">The steps where a harness sees it fail.</param>
/// <param name="Text">The finding in one line.</param>
/// <param name="Owner">The likely owner: whom the municipality calls first.</param>
/// <param name="Check">What to check (wat te controleren).</param>
/// <param name="Scenario">The demo scenario named after it.</param>
public sealed record Finding(
    string Code,
    string Where,
    IReadOnlyList<StepId> Steps,
    Bilingual Text,
    Bilingual Owner,
    Bilingual Check,
    FindingScenario Scenario)
{
    public override string ToString() => Code;
}
