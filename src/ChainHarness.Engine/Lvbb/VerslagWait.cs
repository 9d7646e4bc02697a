using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Lvbb;

/// <summary>What waiting for a verslag came to: whether the LVBB answered, the verslag if it could be read, and how long it took.</summary>
public sealed record VerslagWait(bool Answered, LvbbVerslag? Verslag, TimeSpan Waited)
{
    /// <summary>The failed outcome when there is no readable verslag (none came: F9); null when there is one.</summary>
    public StepOutcome? Missing(string opdracht, string idLevering) =>
        !Answered ? StepOutcome.Failed($"The LVBB gave no verslag on {opdracht} {idLevering} within {Waited.TotalSeconds:0.#} s: it is stuck in processing.", Werkplaats.F9)
        : Verslag is null ? StepOutcome.Failed($"The LVBB's verslag on {opdracht} {idLevering} cannot be read.")
        : null;
}
