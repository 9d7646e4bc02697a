using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Cli.Console;

/// <summary>The live state of every step, fed by the runner (any thread) and read by the live table.</summary>
internal sealed class ProgressBoard(IEnumerable<StepDefinition> steps) : IChainObserver
{
    private readonly Lock _gate = new();
    private readonly List<StepProgress> _rows = [.. steps.Select(s => new StepProgress(s))];

    public IReadOnlyList<StepProgress> Rows
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows];
            }
        }
    }

    public void StepStarted(StepDefinition step) => Update(step, r => r with { Started = true });

    public void StepWaiting(StepDefinition step, string onWhat) => Update(step, r => r with { Started = true, WaitingOn = onWhat });

    public void StepFinished(StepDefinition step, StepOutcome outcome) => Update(step, r => r with { WaitingOn = null, Outcome = outcome });

    private void Update(StepDefinition step, Func<StepProgress, StepProgress> change)
    {
        lock (_gate)
        {
            var at = _rows.FindIndex(r => r.Step.Id == step.Id);
            if (at >= 0)
            {
                _rows[at] = change(_rows[at]);
            }
        }
    }
}
