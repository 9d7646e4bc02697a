using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Simulators.Tests.Hosting.Tls;

/// <summary>
/// Every service whose contract says PKIoverheid (<c>auth.scheme</c> <c>pkio-mtls</c>), taken from <c>contracts/</c>, not
/// from a hand list: under TLS it refuses a caller without a client certificate (401) and one of another issuer (403),
/// and lets a test-CA certificate through; the OIN in that certificate is the party the simulator sees.
/// </summary>
public sealed class PkioServicesOverTlsTests
{
    private const string Somebody = "00000001234567890000";
    private const string SomebodyElse = "00000001987654320000";

    /// <summary>The endpoint names of the contracts with PKIoverheid auth.</summary>
    private static IReadOnlyList<string> PkioServices() =>
        [.. ServiceContracts.Services.Select(ServiceContracts.Load)
            .Where(c => c.Auth.Any(a => (string?)a["scheme"] == "pkio-mtls"))
            .Select(c => (string)c.Root["endpoint"]!)
            .Order(StringComparer.Ordinal)];

    [Test]
    public void PkioOverTls_IsEveryServiceWhoseContractSaysPkioOverheid()
    {
        var fromContracts = PkioServices();

        Assert.That(fromContracts, Has.Count.GreaterThanOrEqualTo(5), "LVBB, TR aanleveren, Verzoek afhandelen, SWF and Behandeldienstconfiguraties at least");
        Assert.That(LocalSimulation.PkioOverTls, Is.EquivalentTo(fromContracts));
    }

    [Test]
    public async Task EveryPkioService_OverTls_NoCertificate401_OtherIssuer403_TestCaCertificatePassesTheGate()
    {
        using var simulation = LocalSimulation.Start(PartnerChain.WithBehandeldienst(PartnerChain.Profile()), tls: TlsChain.Ca);
        using var bare = TlsChain.Client(null);
        using var strangerCertificate = TlsChain.SelfSigned(Somebody);
        using var stranger = TlsChain.Client(strangerCertificate);
        using var issued = TlsChain.Ca.IssueClient(Somebody);
        using var known = TlsChain.Client(issued);
        var pkio = PkioServices();

        foreach (var name in pkio)
        {
            var server = simulation.Servers.Single(s => s.Name == name);
            var url = new Uri(server.BaseUrl + "/any-route");

            using var none = await bare.GetAsync(url);
            using var other = await stranger.GetAsync(url);
            using var right = await known.GetAsync(url);

            Assert.That(server.BaseUrl.Scheme, Is.EqualTo("https"), name);
            Assert.That((int)none.StatusCode, Is.EqualTo(401), name);
            Assert.That(await none.Content.ReadAsStringAsync(), Does.Contain("clientcertificaat"), name);
            Assert.That((int)other.StatusCode, Is.EqualTo(403), name);
            Assert.That((int)right.StatusCode, Is.Not.EqualTo(401).And.Not.EqualTo(403), $"{name}: a test-CA certificate reaches the routes");
        }

        Assert.That(simulation.Servers.Where(s => !pkio.Contains(s.Name)).Select(s => s.BaseUrl.Scheme), Is.All.EqualTo("http"), "only the PKIoverheid services are served over TLS");
    }

    [Test]
    public async Task Samenwerken_OverTls_TheCertificatesOinIsTheParty_NotTheHeader()
    {
        using var simulation = LocalSimulation.Start(PartnerChain.Profile(), tls: TlsChain.Ca);
        var swf = simulation.Servers.Single(s => s.Name == ChainHarness.Engine.Configuration.DsoEndpoint.Samenwerken);
        using var certificate = TlsChain.Ca.IssueClient(Somebody);
        using var http = TlsChain.Client(certificate);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{swf.BaseUrl}/samenwerkingen"))
        {
            Content = JsonContent.Create(new { verzoeknummer = PartnerChain.Verzoeknummer, samenwerkVorm = "ADVIES" }),
        };
        request.Headers.Add(PkioIdentity.OinHeader, SomebodyElse);

        using var started = await http.SendAsync(request);
        var body = JsonNode.Parse(await started.Content.ReadAsStringAsync());

        Assert.That((int)started.StatusCode, Is.EqualTo(201), body?.ToJsonString());
        Assert.That((string?)body?["aangemaaktDoor"], Is.EqualTo(Somebody), "the SWF's deelnemer is the OIN in the certificate, whatever a header says");
        Assert.That(simulation.World.Swf.For(Somebody), Has.Count.EqualTo(1));
        Assert.That(simulation.World.Swf.For(SomebodyElse), Is.Empty);
    }
}
