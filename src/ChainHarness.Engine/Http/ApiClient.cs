using System.Diagnostics;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// One national endpoint: a RestSharp client with its <c>x-api-key</c>, behind a Polly pipeline
/// (retry with backoff and jitter on transient failures, honouring Retry-After; a timeout per
/// attempt). Failures come back as responses, never as exceptions; each exchange is recorded as
/// evidence without its key.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private static readonly TimeSpan RetryAfterCap = TimeSpan.FromSeconds(30);
    private readonly RestClient _client;
    private readonly ResiliencePipeline<RestResponse> _pipeline;
    private readonly long _maxResponseBytes;

    public ApiClient(string name, Uri baseUrl, string? apiKey, TimingOptions timing, TimeProvider time)
    {
        Name = name;
        BaseUrl = baseUrl;
        _maxResponseBytes = timing.MaxResponseBytes;
        _client = new RestClient(new RestClientOptions(baseUrl) { ThrowOnAnyError = false, Timeout = Timeout.InfiniteTimeSpan });
        if (!string.IsNullOrEmpty(apiKey))
        {
            _client.AddDefaultHeader("x-api-key", apiKey);
        }

        _pipeline = new ResiliencePipelineBuilder<RestResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<RestResponse>
            {
                MaxRetryAttempts = Math.Max(timing.Retries, 0) is 0 ? 1 : timing.Retries,
                ShouldHandle = args => ValueTask.FromResult(timing.Retries > 0 && (args.Outcome.Exception is TimeoutRejectedException
                    || (args.Outcome.Result is { } r && TransientFailure.Is(r)))),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } r ? TransientFailure.RetryAfter(r, time, RetryAfterCap) : null),
            })
            .AddTimeout(timing.AttemptTimeout)
            .Build();
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    /// <summary>Sends a request; a timeout or connection failure comes back as a response with no status.</summary>
    public async Task<RestResponse> SendAsync(RestRequest request, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        RestResponse response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    var r = await _client.ExecuteAsync(request, ct).ConfigureAwait(false);
                    ct.ThrowIfCancellationRequested();
                    return r;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            response = new RestResponse(request) { ResponseStatus = ResponseStatus.TimedOut, ErrorMessage = ex.Message, ErrorException = ex };
        }

        response = TooLarge(request, response) ?? response;
        evidence.Add(new EvidenceItem($"{Name}: {request.Method.ToString().ToUpperInvariant()} {request.Resource}")
        {
            Method = request.Method.ToString().ToUpperInvariant(),
            Url = _client.BuildUri(request).ToString(),
            StatusCode = response.ResponseStatus == ResponseStatus.Completed ? (int)response.StatusCode : null,
            RequestBody = DescribeBody(request),
            ResponseBody = response.ResponseStatus == ResponseStatus.Completed ? response.Content : $"(no response: {response.ErrorMessage})",
            Elapsed = watch.Elapsed,
        });
        return response;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>An answer over <see cref="TimingOptions.MaxResponseBytes"/> becomes a failed exchange that says so.</summary>
    private RestResponse? TooLarge(RestRequest request, RestResponse response) =>
        response.RawBytes is { } bytes && bytes.LongLength > _maxResponseBytes
            ? new RestResponse(request)
            {
                ResponseStatus = ResponseStatus.Error,
                ErrorMessage = $"the answer of {Name} ({bytes.LongLength} bytes) is larger than the limit of {_maxResponseBytes} bytes (Timing:MaxResponseBytes)",
            }
            : null;

    private static string? DescribeBody(RestRequest request)
    {
        var body = request.Parameters.OfType<BodyParameter>().FirstOrDefault();
        if (body is not null)
        {
            return body.Value switch
            {
                string s => s,
                byte[] bytes => $"({bytes.Length} bytes of {body.ContentType})",
                _ => System.Text.Json.JsonSerializer.Serialize(body.Value),
            };
        }

        return request.Files.Count > 0 ? string.Join(", ", request.Files.Select(f => $"(file {f.FileName})")) : null;
    }
}
