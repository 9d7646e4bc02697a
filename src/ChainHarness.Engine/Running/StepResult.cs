using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>One step's definition with what it came to in a run.</summary>
public sealed record StepResult(StepDefinition Step, StepOutcome Outcome, bool Selected);
