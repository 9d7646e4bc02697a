using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>A step read or wrote a capture its definition does not declare: a defect in the step, not in the chain.</summary>
public sealed class CaptureContractException(StepDefinition step, string capture, bool reading)
    : InvalidOperationException(
        $"Step {step.Id} {(reading ? "read" : "wrote")} {capture} without declaring it: add \"{capture}\" to its StepDefinition's "
        + $"{(reading ? "Reads" : "Writes")} (see ARCHITECTURE.md, ChainState).")
{
    public StepDefinition Step { get; } = step;

    public string Capture { get; } = capture;
}
