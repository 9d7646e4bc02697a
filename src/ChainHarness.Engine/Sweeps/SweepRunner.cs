using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Engine.Sweeps;

/// <summary>
/// Runs the profiles of a sweep, <see cref="SweepRequest.Parallelism"/> at once (more as they are found
/// waiting, up to <see cref="SweepRequest.WidestParallelism"/>: <see cref="WaitFollowingGate"/>), each in
/// isolation. Every profile gets its full report set in its own folder whatever happens to it: an
/// error in the harness becomes a failed first step, a cancelled sweep marks the profiles that
/// had not finished as cancelled. Only the summary row of a finished profile stays in memory.
/// </summary>
public static class SweepRunner
{
    public static async Task<SweepSummary> RunAsync(SweepRequest request, Action<SummaryProfile>? finished = null, CancellationToken cancellationToken = default)
    {
        var started = DateTimeOffset.UtcNow;
        using var gate = new WaitFollowingGate(request.Parallelism, request.WidestParallelism ?? request.Parallelism);
        var waiting = request.Items.Count;
        var rows = await Task.WhenAll(request.Items.Select(async item =>
        {
            var result = await RunOneAsync(request, item, gate, () => Interlocked.Decrement(ref waiting), () => Volatile.Read(ref waiting) > 0, cancellationToken).ConfigureAwait(false);
            RunReporting.Write(result, Path.Combine(request.ReportDir, item.Name), request.Language, request.Secrets(item.Profile), request.HistoryDir);
            var row = SummaryProfile.From(result, request.Secrets(item.Profile));
            finished?.Invoke(row);
            return row;
        })).ConfigureAwait(false);

        var summary = SweepSummary.Of(
            rows, started, DateTimeOffset.UtcNow - started,
            [.. KnownSteps.All.Where(s => request.Selection.Contains(s.Id)).Select(s => s.Id.ToString())],
            request.SweepSize, request.Shard.IsWhole ? [] : [SummaryShard.From(request.Shard)], gate.Width);
        SweepSummaryFile.Write(summary, request.ReportDir);
        SweepJunit.Write(summary, request.ReportDir);
        return summary;
    }

    private static async Task<ChainResult> RunOneAsync(
        SweepRequest request, SweepItem item, WaitFollowingGate gate, Action started, Func<bool> othersWaiting, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow;
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return UnstartedRun.Cancelled(item.Name, item.Profile, request.Selection, at, TimeSpan.Zero);
        }

        started();
        at = DateTimeOffset.UtcNow;
        try
        {
            return await request.RunChain(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return UnstartedRun.Cancelled(item.Name, item.Profile, request.Selection, at, DateTimeOffset.UtcNow - at);
        }
        catch (Exception ex)
        {
            return UnstartedRun.Crashed(item.Name, item.Profile, request.Selection, at, DateTimeOffset.UtcNow - at, request.Secrets(item.Profile).Redact(ex.Message) ?? ex.GetType().Name);
        }
        finally
        {
            gate.Release(othersWaiting());
        }
    }
}
