namespace ChainHarness.Engine.Steps;

/// <summary>
/// A step needs a capture (<see cref="StepContext.Require{T}"/>) that no earlier step wrote in this run: the step
/// that writes it did not run, or ran without capturing it. The runner reports it, naming that step.
/// </summary>
public sealed class MissingCaptureException(string capture) : InvalidOperationException($"{capture} was not captured in this run.")
{
    /// <summary>The capture's name as declared, e.g. <c>Loket.Aanvraag</c>.</summary>
    public string Capture { get; } = capture;
}
