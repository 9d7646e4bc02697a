using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// Holds <see cref="ChainState"/> to its contract: while a step runs, it may read only the captures its
/// <see cref="StepDefinition.Reads"/> declares and write only those of its <see cref="StepDefinition.Writes"/>.
/// Anything else is a programming error in the step (<see cref="CaptureContractException"/>), found the first
/// time the step runs rather than in a werkplaats. Outside a step (reports, tests) nothing is checked.
/// </summary>
public sealed class CaptureLedger
{
    private StepDefinition? _running;

    /// <summary>The step now running, or null between steps.</summary>
    internal void Enter(StepDefinition? step) => _running = step;

    internal T Read<T>(string capture, T value)
    {
        if (_running is { } step && !step.Reads.Contains(capture, StringComparer.Ordinal))
        {
            throw new CaptureContractException(step, capture, reading: true);
        }

        return value;
    }

    internal T Write<T>(string capture, T value)
    {
        if (_running is { } step && !step.Writes.Contains(capture, StringComparer.Ordinal))
        {
            throw new CaptureContractException(step, capture, reading: false);
        }

        return value;
    }
}
