using ChainHarness.Engine.Lvbb;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// One melding per (code, ernst, soort, text): a melding that occurs more than once is given once,
/// with its count (<c>(12×)</c>), in the order of first occurrence. A verslag of thousands of exact
/// duplicates hides the few that matter.
/// </summary>
public static class MeldingDedup
{
    public static IReadOnlyList<LvbbMelding> Collapse(IEnumerable<LvbbMelding> meldingen) =>
        [.. meldingen
            .GroupBy(m => m)
            .Select(g => g.Count() == 1 ? g.Key : g.Key with { Beschrijving = $"{g.Key.Beschrijving} ({g.Count()}×)" })];
}
