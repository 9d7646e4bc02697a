using System.Collections.Concurrent;
using System.Diagnostics;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Live;

/// <summary>
/// One run at a time: starts a scenario's run in the background, streams it, keeps what each step
/// came to for its detail view, and stops a run still going when the board stops.
/// </summary>
public sealed class BoardRuns(BoardChain chain, EventStream events) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<StepId, StepResult> _finished = new();
    private int _runId;
    private Task _current = Task.CompletedTask;

    public bool IsRunning => !_current.IsCompleted;

    /// <summary>The run going on, or the last one; completes when it is over.</summary>
    public Task Current => _current;

    /// <summary>The id of the run started, or null when one is still going.</summary>
    public int? TryStart(Scenario scenario)
    {
        lock (_gate)
        {
            if (IsRunning || _stopping.IsCancellationRequested)
            {
                return null;
            }

            var id = ++_runId;
            _finished.Clear();
            events.Begin(StepEvents.Run(id, scenario));
            _current = Task.Run(() => RunAsync(id, scenario));
            return id;
        }
    }

    /// <summary>What the step came to in the current (or last) run, or null when it has not finished.</summary>
    public StepResult? Finished(StepId step) => _finished.GetValueOrDefault(step);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _current.ConfigureAwait(false);
        }
        finally
        {
            _stopping.Dispose();
        }
    }

    private async Task RunAsync(int id, Scenario scenario)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await chain.Run(scenario, new RunObserver(id, events, _finished, clock), _stopping.Token).ConfigureAwait(false);
            events.Publish(StepEvents.Done(id, scenario, result, clock.Elapsed));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The board stops: nobody is left to tell.
        }
        catch (Exception ex)
        {
            events.Publish(StepEvents.Problem(id, ex.Message, clock.Elapsed));
        }
    }
}
