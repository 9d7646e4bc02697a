using System.Diagnostics;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using Polly.Timeout;
using RestSharp;

namespace ChainHarness.Engine.Http;

/// <summary>
/// One national endpoint: a RestSharp client with its <c>x-api-key</c> (and client certificate),
/// behind a Polly pipeline built from the endpoint's <see cref="EndpointResilience"/> (retry with
/// backoff and jitter on transient failures, honouring Retry-After; a timeout per attempt).
/// Failures come back as responses, never as exceptions; each exchange is recorded as evidence
/// without its key. Production hosts are refused before anything is sent.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly RestClient _client;
    private readonly Polly.ResiliencePipeline<RestResponse> _pipeline;
    private readonly long _maxResponseBytes;

    public ApiClient(string name, Uri baseUrl, string? apiKey, TimingOptions timing, TimeProvider time)
        : this(new ApiClientSettings(name, baseUrl) { ApiKey = apiKey, Resilience = timing.Resilience(), MaxResponseBytes = timing.MaxResponseBytes }, time)
    {
    }

    public ApiClient(ApiClientSettings settings, TimeProvider time)
    {
        var key = settings.Key ?? $"Endpoints:{settings.Name}:BaseUrl";
        ProductionGuard.EnsureNotProduction(key, settings.BaseUrl);
        Name = settings.Name;
        BaseUrl = settings.BaseUrl;
        _maxResponseBytes = settings.MaxResponseBytes;
        var options = new RestClientOptions(settings.BaseUrl)
        {
            ThrowOnAnyError = false,
            Timeout = Timeout.InfiniteTimeSpan,

            // Any HTTP answer is a completed exchange (RestSharp's default marks every non-2xx but 404
            // as an error, which made 4xx look like transport failures: retried, and without status
            // in the evidence). Error and TimedOut are left for answers that never came.
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            ConfigureMessageHandler = standard => new ProductionGuardHandler(key, settings.BaseUrl, new ResponseSizeLimit(settings.MaxResponseBytes, settings.Transport.Handler(standard))),
        };
        if (settings.Certificate is not null)
        {
            options.ClientCertificates = [settings.Certificate];
        }

        _client = new RestClient(options);
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            _client.AddDefaultHeader("x-api-key", settings.ApiKey);
        }

        _pipeline = ResiliencePipelines.ForRequests(settings.Resilience, time);
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

        if (response.ErrorException is ConfigurationErrorException refused)
        {
            throw refused;
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

    /// <summary>
    /// An answer over <see cref="TimingOptions.MaxResponseBytes"/> (stopped while it was read by
    /// <see cref="ResponseSizeLimit"/>, or found after) becomes a failed exchange that says so.
    /// </summary>
    private RestResponse? TooLarge(RestRequest request, RestResponse response) =>
        Find<ResponseTooLargeException>(response.ErrorException) is { } stopped
            ? new RestResponse(request) { ResponseStatus = ResponseStatus.Error, ErrorMessage = $"{Name}: {stopped.Message}", ErrorException = stopped }
        : response.RawBytes is { } bytes && bytes.LongLength > _maxResponseBytes
            ? new RestResponse(request)
            {
                ResponseStatus = ResponseStatus.Error,
                ErrorMessage = $"the answer of {Name} ({bytes.LongLength} bytes) is larger than the limit of {_maxResponseBytes} bytes (Timing:MaxResponseBytes)",
            }
            : null;

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

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
