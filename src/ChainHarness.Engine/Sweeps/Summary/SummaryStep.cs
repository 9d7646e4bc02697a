using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>One selected step of one profile, as <c>summary.json</c> lists it.</summary>
public sealed record SummaryStep(string Id, StepStatus Status);
