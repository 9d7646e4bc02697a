using System.Security.Cryptography.X509Certificates;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Http;

/// <summary>What one <see cref="ApiClient"/> needs: where, which credentials, how resilient, over which transport.</summary>
public sealed record ApiClientSettings(string Name, Uri BaseUrl)
{
    /// <summary>The <c>x-api-key</c> header; never recorded as evidence.</summary>
    public string? ApiKey { get; init; }

    /// <summary>A PKIoverheid client certificate, for the protected <c>pkio.</c> APIs.</summary>
    public X509Certificate2? Certificate { get; init; }

    public EndpointResilience Resilience { get; init; } = EndpointResilience.Default;

    /// <summary>The largest answer accepted, in bytes (<see cref="TimingOptions.MaxResponseBytes"/>); a larger one fails the exchange.</summary>
    public long MaxResponseBytes { get; init; } = new TimingOptions().MaxResponseBytes;

    public HttpTransport Transport { get; init; } = HttpTransport.Default;

    /// <summary>The configuration key of <see cref="BaseUrl"/>, named when a request is refused. Default <c>Endpoints:{Name}:BaseUrl</c>.</summary>
    public string? Key { get; init; }
}
