using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Samenwerken;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Hosting;

/// <summary>The simulated municipal software's connection to a PKIoverheid service: plain without TLS, a test-CA certificate for its own OIN with it.</summary>
public sealed class PartyConnectionsTests
{
    private const string Gemeente = "00000001234567890000";

    [Test]
    public void WithoutTls_EveryPartyUsesThePlainLoopbackClient()
    {
        using var plain = new PartyConnections(null);

        Assert.That(plain.For(Gemeente), Is.SameAs(plain.For("00000001987654320000")));
        Assert.That(plain.Authority, Is.Null);
    }

    [Test]
    public async Task WithTheTestCa_APartyReachesASwfOverTlsAsItsOwnOin_WithoutIt_NotAtAll()
    {
        using var simulation = LocalSimulation.Start(PartnerChain.Profile(), tls: TlsChain.Ca);
        var swf = simulation.Servers.Single(s => s.Name == DsoEndpoint.Samenwerken).BaseUrl;
        using var connections = new PartyConnections(TlsChain.Ca);
        var start = new { verzoeknummer = PartnerChain.Verzoeknummer, samenwerkVorm = "Advies" };

        var started = await new SwfClient(swf, Gemeente, connections).PostAsync("/samenwerkingen", start);

        var mine = connections.For(Gemeente);
        Assert.That(connections.For(Gemeente), Is.SameAs(mine), "one client per party");
        Assert.That(connections.For(PartnerChain.PartnerOin), Is.Not.SameAs(mine), "another party, another certificate");
        Assert.That(started.Status, Is.EqualTo(201));
        Assert.That(started.Text("aangemaaktDoor"), Is.EqualTo(Gemeente));
        Assert.That(async () => await new SwfClient(swf, Gemeente).PostAsync("/samenwerkingen", start), Throws.InstanceOf<HttpRequestException>(),
            "the plain client neither trusts the test CA nor carries a certificate");
    }
}
