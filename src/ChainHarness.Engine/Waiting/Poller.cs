using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChainHarness.Engine.Waiting;

/// <summary>
/// Polls an asynchronous result (an LVBB verslag, Ozon showing a regeling, the RTR listing rules)
/// as a Polly pipeline: a constant interval, ended by a deadline. No fixed sleeps; time comes
/// from a <see cref="TimeProvider"/>, so tests use a fake one. The poll ends at its own deadline or
/// the current <see cref="StepDeadline"/>, whichever comes first. Given a simulated world's
/// <see cref="IReadinessSignal"/>, the wait before the next probe also ends when the world announces
/// something after the last probe was sent; that probe still asks, and its answer decides.
/// </summary>
public sealed class Poller(TimeProvider time, IReadinessSignal? readiness = null)
{
    /// <summary>Calls <paramref name="probe"/> until it returns a value or the deadline passes.</summary>
    public async Task<PollResult<T>> UntilAsync<T>(
        Func<CancellationToken, Task<T?>> probe, TimeSpan interval, TimeSpan deadline, CancellationToken cancellationToken)
        where T : class
    {
        var attempts = 0;
        var mark = 0L;
        var started = time.GetTimestamp();
        var retry = new ResiliencePipelineBuilder<T?> { TimeProvider = readiness is null ? time : new WakeOnAnnouncement(time, readiness, () => Volatile.Read(ref mark)) }
            .AddRetry(new RetryStrategyOptions<T?>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result is null),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = interval,
                UseJitter = false,
            })
            .Build();
        var pipeline = new ResiliencePipelineBuilder<T?> { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = _ => ValueTask.FromResult(StepDeadline.Cap(deadline)) })
            .AddPipeline(retry)
            .Build();
        try
        {
            var value = await pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    Volatile.Write(ref mark, readiness?.Mark ?? 0);
                    return await probe(ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return new PollResult<T>(value, attempts, time.GetElapsedTime(started));
        }
        catch (TimeoutRejectedException)
        {
            return new PollResult<T>(null, attempts, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && StepDeadline.Current is { Remaining.Ticks: 0 })
        {
            // The last ask was cut off by the step's deadline a moment before this poll's own time-out fired: the same end.
            return new PollResult<T>(null, attempts, time.GetElapsedTime(started));
        }
    }
}
