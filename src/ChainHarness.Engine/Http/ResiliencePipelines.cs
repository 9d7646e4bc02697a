using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// The Polly pipeline every HTTP client of the engine sends through, built once per endpoint from
/// its <see cref="EndpointResilience"/>: retries (exponential backoff with jitter; a Retry-After
/// header wins, capped) around a timeout per attempt. All of it answers to the current
/// <see cref="StepDeadline"/>: an attempt's timeout is capped by what is left of it, and a retry
/// whose wait (backoff or Retry-After) would end past it is not made. Time comes from a <see cref="TimeProvider"/>.
/// </summary>
public static class ResiliencePipelines
{
    /// <summary>The longest Retry-After the harness honours; a longer one is cut to this.</summary>
    public static readonly TimeSpan RetryAfterCap = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<RestResponse> ForRequests(EndpointResilience resilience, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<RestResponse> { TimeProvider = time };
        if (resilience.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RestResponse>
            {
                MaxRetryAttempts = resilience.Retries,
                ShouldHandle = args => ValueTask.FromResult(
                    (args.Outcome.Exception is TimeoutRejectedException || (args.Outcome.Result is { } r && TransientFailure.Is(r)))
                    && !StepDeadline.WouldPass(Wait(args.Outcome.Result, args.AttemptNumber, resilience, time))),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.RetryDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } r && TransientFailure.RetryAfter(r, time, RetryAfterCap) is { } after ? StepDeadline.Cap(after) : (TimeSpan?)null),
            });
        }

        return builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = _ => ValueTask.FromResult(StepDeadline.Cap(resilience.AttemptTimeout)),
        }).Build();
    }

    /// <summary>The least the retry would wait: the Retry-After asked for, else the backoff before jitter.</summary>
    private static TimeSpan Wait(RestResponse? response, int attempt, EndpointResilience resilience, TimeProvider time) =>
        (response is null ? null : TransientFailure.RetryAfter(response, time, RetryAfterCap))
        ?? TimeSpan.FromTicks((long)Math.Min(resilience.RetryDelay.Ticks * Math.Pow(2, Math.Min(attempt, 20)) / 2, StepDeadline.Longest.Ticks));
}
