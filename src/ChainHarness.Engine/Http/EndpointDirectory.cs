using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Http;

/// <summary>
/// The base URL of every national endpoint for one run: from the profile for live endpoints,
/// from the started simulators for simulated ones. Each client gets its endpoint's resilience
/// (the profile's timing with the endpoint's overrides) and credentials. Owns the clients it hands out.
/// </summary>
public sealed class EndpointDirectory : IDisposable
{
    private readonly Dictionary<string, ApiClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Uri> _urls = new(StringComparer.OrdinalIgnoreCase);

    public EndpointDirectory(ProfileOptions profile, IReadOnlyDictionary<string, Uri> simulated, TimeProvider time, HttpTransport? transport = null)
    {
        try
        {
            foreach (var name in DsoEndpoint.All)
            {
                var options = profile.Endpoint(name);
                var baseUrl = options.Mode == EndpointMode.Live && options.BaseUrl is not null
                    ? new Uri(options.BaseUrl)
                    : simulated.GetValueOrDefault(name);
                if (baseUrl is not null)
                {
                    _urls[name] = baseUrl;
                    _clients[name] = new ApiClient(
                        new ApiClientSettings(name, baseUrl)
                        {
                            ApiKey = options.KeyToSend,
                            Certificate = options.Mode == EndpointMode.Live ? ClientCertificate.Load(options, $"Endpoints:{name}") : null,
                            TrustedRoot = options.TrustedRootFile is { } pem ? System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(pem) : null,
                            Resilience = options.Resilience(profile.Timing),
                            MaxResponseBytes = profile.Timing.MaxResponseBytes,
                            Transport = transport ?? HttpTransport.Default,
                        },
                        time);
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The base URL each endpoint is reached at (simulated or live): what <c>${national:Lvbb}</c> … stand for.</summary>
    public IReadOnlyDictionary<string, Uri> Urls => _urls;

    public ApiClient Get(string name) =>
        _clients.TryGetValue(name, out var client)
            ? client
            : throw new InvalidOperationException($"Endpoint '{name}' has no base URL: configure Endpoints:{name}:BaseUrl or run it simulated.");

    public bool Has(string name) => _clients.ContainsKey(name);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
