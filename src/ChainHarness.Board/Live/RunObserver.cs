using System.Collections.Concurrent;
using System.Diagnostics;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Live;

/// <summary>Turns what the runner reports into events for the page, and keeps each finished step for its detail view.</summary>
internal sealed class RunObserver(int runId, EventStream events, ConcurrentDictionary<StepId, StepResult> finished, Stopwatch clock) : IChainObserver
{
    public void StepStarted(StepDefinition step) => events.Publish(StepEvents.Started(runId, step, clock.Elapsed));

    public void StepWaiting(StepDefinition step, string onWhat) => events.Publish(StepEvents.Waiting(runId, step, onWhat, clock.Elapsed));

    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        var result = new StepResult(step, outcome, Selected: true);
        finished[step.Id] = result;
        events.Publish(StepEvents.Finished(runId, StepReport.From(result, history: null), clock.Elapsed));
    }
}
