using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting;

/// <summary>A step whose outcome differs from the previous run of the same profile.</summary>
public sealed record StepChange(StepId Step, StepStatus Before, StepStatus After)
{
    /// <summary>True when the step went from not passing to passing.</summary>
    public bool Resolved => After == StepStatus.Passed && Before != StepStatus.Passed;
}
