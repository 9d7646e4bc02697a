using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>
/// Proves that a refused production host never gets a request: every host name is routed to a
/// counting loopback listener, which must see nothing (and does see the pre-productie control).
/// </summary>
public sealed class ProductionGuardTransportTests
{
    [Test]
    public async Task SendAsync_PreProductieHost_ReachesTheListener_SoTheSetupWouldSeeALeak()
    {
        using var listener = new CountingListener();
        using var client = Client("http://service.pre.omgevingswet.overheid.nl/publiek", listener);

        var response = await client.SendAsync(new RestRequest("ping"), new EvidenceLog(SecretRedactor.None), CancellationToken.None);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(listener.Connections, Is.EqualTo(1));
    }

    [Test]
    public void EndpointDirectory_EveryEndpointOnAProductionHost_RefusedAndNoConnectionIsMade()
    {
        // Given a profile (not validated) with every endpoint live on a production host
        using var listener = new CountingListener();
        foreach (var name in DsoEndpoint.All)
        {
            var profile = new ProfileOptions();
            profile.Endpoints[name] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = "https://pkio.service.omgevingswet.overheid.nl/overheid/x" };

            // When / Then
            var ex = Assert.Throws<ConfigurationErrorException>(() =>
                new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System, new LoopbackTransport(listener.Port)))!;
            Assert.That(ex.Message, Does.Contain($"Endpoints:{name}:BaseUrl").And.Contain("pkio.service.pre.omgevingswet.overheid.nl"));
        }

        Assert.That(listener.Connections, Is.Zero);
    }

    [Test]
    public void SendAsync_RedirectToAProductionHost_RefusedAfterTheFirstHop()
    {
        // Given a pre-productie host that redirects to production
        using var listener = new CountingListener(
            "HTTP/1.1 302 Found\r\nLocation: http://service.omgevingswet.overheid.nl/publiek/x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var client = Client("http://service.pre.omgevingswet.overheid.nl/publiek", listener);

        // When / Then: the second hop is refused, and the listener saw only the first
        Assert.ThrowsAsync<ConfigurationErrorException>(() =>
            client.SendAsync(new RestRequest("x"), new EvidenceLog(SecretRedactor.None), CancellationToken.None));
        Assert.That(listener.Connections, Is.EqualTo(1));
    }

    private static ApiClient Client(string baseUrl, CountingListener listener) =>
        new(new ApiClientSettings("Ozon", new Uri(baseUrl)) { Transport = new LoopbackTransport(listener.Port) }, TimeProvider.System);
}
