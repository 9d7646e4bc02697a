using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Hosting;

/// <summary>Every /publiek/ simulator of a local run refuses a request without its x-api-key (401) and with another key (403), before any route.</summary>
public sealed class ApiKeyGateTests
{
    [Test]
    public async Task EveryPubliekRoute_WithoutKey401_WithAnotherKey403_WithItsKeyPassesTheGate()
    {
        using var simulation = LocalSimulation.Start(new ProfileOptions());
        var publiek = simulation.Servers.Where(s => s.BasePath.StartsWith("/publiek/", StringComparison.Ordinal)).ToList();
        using var http = new HttpClient();

        Assert.That(publiek, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var server in publiek)
        {
            var url = new Uri(server.BaseUrl + "/any-route");
            using var none = await http.GetAsync(url);
            using var wrong = await SendAsync(http, url, "not-the-key");
            using var right = await SendAsync(http, url, EndpointOptions.SimulatedApiKey);

            Assert.That((int)none.StatusCode, Is.EqualTo(401), server.Name);
            Assert.That(await none.Content.ReadAsStringAsync(), Does.Contain(ApiKeyGate.Header), server.Name);
            Assert.That((int)wrong.StatusCode, Is.EqualTo(403), server.Name);
            Assert.That((int)right.StatusCode, Is.Not.EqualTo(401).And.Not.EqualTo(403), $"{server.Name}: with its key the request reaches the routes");
        }
    }

    /// <summary>Taken from <c>contracts/</c>, not a hand list: every service whose contract names an <c>x-api-key</c>, also with the PKIoverheid services over TLS.</summary>
    [TestCase(false)]
    [TestCase(true)]
    public async Task EveryServiceWhoseContractSaysApiKey_RefusesWithoutIt(bool tls)
    {
        var keyed = ServiceContracts.Services.Select(ServiceContracts.Load)
            .Where(c => c.Auth.Any(a => (string?)a["scheme"] == ApiKeyGate.Header))
            .Select(c => (string)c.Root["endpoint"]!)
            .ToList();
        using var simulation = LocalSimulation.Start(new ProfileOptions(), tls: tls ? ChainHarness.Simulators.Hosting.Tls.TestCertificateAuthority.Shared : null);
        using var http = new HttpClient();

        Assert.That(keyed, Has.Count.GreaterThanOrEqualTo(5));
        foreach (var name in keyed)
        {
            var server = simulation.Servers.Single(s => s.Name == name);
            using var none = await http.GetAsync(new Uri(server.BaseUrl + "/any-route"));
            using var right = await SendAsync(http, new Uri(server.BaseUrl + "/any-route"), EndpointOptions.SimulatedApiKey);

            Assert.That(server.BasePath, Does.StartWith("/publiek/"), name);
            Assert.That((int)none.StatusCode, Is.EqualTo(401), name);
            Assert.That((int)right.StatusCode, Is.Not.EqualTo(401).And.Not.EqualTo(403), name);
        }
    }

    [Test]
    public async Task OverheidRoute_NeedsNoApiKey()
    {
        using var simulation = LocalSimulation.Start(new ProfileOptions());
        var afhandelen = simulation.Servers.First(s => s.BasePath.StartsWith("/overheid/", StringComparison.Ordinal));
        using var http = new HttpClient();

        using var answer = await http.GetAsync(new Uri(afhandelen.BaseUrl + "/any-route"));

        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Not.Contain(ApiKeyGate.Header));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, Uri url, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(ApiKeyGate.Header, key);
        return http.SendAsync(request);
    }
}
