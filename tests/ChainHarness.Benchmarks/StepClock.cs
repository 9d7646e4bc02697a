using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Benchmarks;

/// <summary>Notes when each step finished, on the wall clock.</summary>
internal sealed class StepClock : IChainObserver
{
    private readonly Dictionary<string, DateTimeOffset> _finished = [];

    public DateTimeOffset? Finished(string stepId)
    {
        lock (_finished)
        {
            return _finished.TryGetValue(stepId, out var at) ? at : null;
        }
    }

    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        lock (_finished)
        {
            _finished[step.Id.ToString()] = DateTimeOffset.UtcNow;
        }
    }
}
