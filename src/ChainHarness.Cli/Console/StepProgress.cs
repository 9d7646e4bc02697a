using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Cli.Console;

/// <summary>Where one step is in a run: not reached, running, waiting on something, or finished.</summary>
internal sealed record StepProgress(StepDefinition Step)
{
    public bool Started { get; init; }

    /// <summary>What the step waits on (an LVBB verslag, Ozon …) while it polls; null otherwise.</summary>
    public string? WaitingOn { get; init; }

    public StepOutcome? Outcome { get; init; }

    public bool Busy => Started && Outcome is null;
}
