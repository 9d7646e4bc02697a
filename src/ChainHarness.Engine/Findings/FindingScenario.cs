using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Findings;

/// <summary>
/// The demo of a finding (<c>demo F7</c>): one Dutch sentence of what goes wrong, the step that then fails
/// (null: none, by design), and what else the demo changes in the local profile.
/// </summary>
public sealed record FindingScenario(string Dutch, StepId? FailingStep)
{
    /// <summary>The rules sub-chain starts from an existing (bruidsschat) activity: steps 1–4b are not run.</summary>
    public bool FromExistingActivity { get; init; }

    /// <summary>The Testdorp omgevingsdienst and partner take part (steps 10 and 11 apply).</summary>
    public bool WithPartners { get; init; }

    /// <summary>Words the failing step's cause must contain; null: any.</summary>
    public string? CauseContains { get; init; }

    /// <summary>The werkplaats iteration whose content the demo delivers; null: the profile's.</summary>
    public int? Iteration { get; init; }
}
