using Polly;
using Polly.Retry;
using Polly.Timeout;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Http;

/// <summary>
/// Polls an asynchronous result (an LVBB verslag, Ozon showing a regeling, the RTR listing rules)
/// as a Polly pipeline: a constant interval, ended by a deadline. No fixed sleeps; time comes
/// from a <see cref="TimeProvider"/>, so tests use a fake one. The poll ends at its own deadline or
/// the current <see cref="StepDeadline"/>, whichever comes first.
/// </summary>
public sealed class Poller(TimeProvider time)
{
    /// <summary>Calls <paramref name="probe"/> until it returns a value or the deadline passes.</summary>
    public async Task<PollResult<T>> UntilAsync<T>(
        Func<CancellationToken, Task<T?>> probe, TimeSpan interval, TimeSpan deadline, CancellationToken cancellationToken)
        where T : class
    {
        var attempts = 0;
        var started = time.GetTimestamp();
        var pipeline = new ResiliencePipelineBuilder<T?> { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = _ => ValueTask.FromResult(StepDeadline.Cap(deadline)) })
            .AddRetry(new RetryStrategyOptions<T?>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result is null),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = interval,
                UseJitter = false,
            })
            .Build();
        try
        {
            var value = await pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    return await probe(ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return new PollResult<T>(value, attempts, time.GetElapsedTime(started));
        }
        catch (TimeoutRejectedException)
        {
            return new PollResult<T>(null, attempts, time.GetElapsedTime(started));
        }
    }
}
