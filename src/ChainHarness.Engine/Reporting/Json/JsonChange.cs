using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>A step whose status differs from the previous run.</summary>
public sealed record JsonChange(string Step, StepStatus Before, StepStatus After);
