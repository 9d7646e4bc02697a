using ChainHarness.Engine.Configuration;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// The Polly pipeline every HTTP client of the engine sends through, built once per endpoint from
/// its <see cref="EndpointResilience"/>: retries (exponential backoff with jitter; a Retry-After
/// header wins, capped) around a timeout per attempt. Time comes from a <see cref="TimeProvider"/>.
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
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TimeoutRejectedException
                    || (args.Outcome.Result is { } r && TransientFailure.Is(r))),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.RetryDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } r ? TransientFailure.RetryAfter(r, time, RetryAfterCap) : null),
            });
        }

        return builder.AddTimeout(resilience.AttemptTimeout).Build();
    }
}
