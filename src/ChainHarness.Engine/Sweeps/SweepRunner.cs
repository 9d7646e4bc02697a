using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Engine.Sweeps;

/// <summary>
/// Runs the profiles of a sweep, at most <see cref="SweepRequest.Parallelism"/> at once, each in
/// isolation. Every profile gets its full report set in its own folder whatever happens to it: an
/// error in the harness becomes a failed first step, a cancelled sweep marks the profiles that
/// had not finished as cancelled. Only the summary row of a finished profile stays in memory.
/// </summary>
public static class SweepRunner
{
    public static async Task<SweepSummary> RunAsync(SweepRequest request, Action<SummaryProfile>? finished = null, CancellationToken cancellationToken = default)
    {
        var started = DateTimeOffset.UtcNow;
        using var gate = new SemaphoreSlim(Math.Max(1, request.Parallelism));
        var rows = await Task.WhenAll(request.Items.Select(async item =>
        {
            var result = await RunOneAsync(request, item, gate, cancellationToken).ConfigureAwait(false);
            RunReporting.Write(result, Path.Combine(request.ReportDir, item.Name), request.Language, request.Secrets(item.Profile), request.HistoryDir);
            var row = SummaryProfile.From(result, request.Secrets(item.Profile));
            finished?.Invoke(row);
            return row;
        })).ConfigureAwait(false);

        var summary = SweepSummary.Of(
            rows, started, DateTimeOffset.UtcNow - started,
            [.. KnownSteps.All.Where(s => request.Selection.Contains(s.Id)).Select(s => s.Id.ToString())],
            request.SweepSize, request.Shard.IsWhole ? [] : [SummaryShard.From(request.Shard)], request.Parallelism);
        SweepSummaryFile.Write(summary, request.ReportDir);
        SweepJunit.Write(summary, request.ReportDir);
        return summary;
    }

    private static async Task<ChainResult> RunOneAsync(SweepRequest request, SweepItem item, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return UnstartedRun.Cancelled(item.Name, item.Profile, request.Selection, started, TimeSpan.Zero);
        }

        started = DateTimeOffset.UtcNow;
        try
        {
            return await request.RunChain(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return UnstartedRun.Cancelled(item.Name, item.Profile, request.Selection, started, DateTimeOffset.UtcNow - started);
        }
        catch (Exception ex)
        {
            return UnstartedRun.Crashed(item.Name, item.Profile, request.Selection, started, DateTimeOffset.UtcNow - started, request.Secrets(item.Profile).Redact(ex.Message) ?? ex.GetType().Name);
        }
        finally
        {
            gate.Release();
        }
    }
}
