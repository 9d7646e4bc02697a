using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Tests.Lvbb.Ebms;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Hosting.Tls;

/// <summary>
/// PKIoverheid routes over TLS with the test CA: without a client certificate the simulator refuses, with one
/// of another issuer too; with one the CA issued, the OIN in its subject serialNumber is the party it sees.
/// </summary>
public sealed class PkioTlsTests
{
    private const string Bronhouder = "00000003560458830000";
    private static readonly TestCertificateAuthority Ca = TestCertificateAuthority.Shared;

    [Test]
    public void IssuedClientCertificate_CarriesTheOinAndChainsToTheCa()
    {
        using var certificate = Ca.IssueClient(Bronhouder, "Gemeente Testdorp");

        Assert.That(PkioCertificates.Oin(certificate), Is.EqualTo(Bronhouder));
        Assert.That(Ca.Issued(certificate), Is.True);
        using var stranger = SelfSigned();
        Assert.That(Ca.Issued(stranger), Is.False);
    }

    [Test]
    public async Task LvbbEbms_WithoutClientCertificate_401()
    {
        using var lvbb = StartTls(new LvbbSimulator(TestWorlds.Create()));
        using var http = Client(null);

        using var answer = await http.PostAsync(new Uri($"{lvbb.BaseUrl}/ebms"), new StringContent("x"));

        Assert.That(lvbb.BaseUrl.Scheme, Is.EqualTo("https"));
        Assert.That((int)answer.StatusCode, Is.EqualTo(401));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("clientcertificaat"));
    }

    [Test]
    public async Task LvbbEbms_CertificateOfAnotherIssuer_403()
    {
        using var lvbb = StartTls(new LvbbSimulator(TestWorlds.Create()));
        using var stranger = SelfSigned();
        using var http = Client(stranger);

        using var answer = await http.PostAsync(new Uri($"{lvbb.BaseUrl}/ebms"), new StringContent("x"));

        Assert.That((int)answer.StatusCode, Is.EqualTo(403));
    }

    [TestCase(Bronhouder, "Acknowledgment")]
    [TestCase("00000001002306608000", "MessageError")]
    public async Task LvbbEbms_TheCertificatesOinIsTheParty_FromMustMatchIt(string certificateOin, string action)
    {
        using var lvbb = StartTls(new LvbbSimulator(TestWorlds.Create()));
        lvbb.Parties.Register(Bronhouder, new Uri("http://127.0.0.1:9/ebms"), "1.3.0-ic");
        using var certificate = Ca.IssueClient(certificateOin);
        using var http = Client(certificate);
        var soap = RawEbms.Envelope(Bronhouder, "validatieVerzoek", "conv-tls", "msg-tls@gm.test", "verzoek@gm.test", "zip@gm.test");
        var (body, type) = RawEbms.Multipart(
            ("soap@gm.test", "text/xml", Encoding.UTF8.GetBytes(soap)),
            ("verzoek@gm.test", "text/xml", Encoding.UTF8.GetBytes(RawEbms.Leveringsverzoek("validatieVerzoek", "lev-tls"))),
            ("zip@gm.test", "application/zip", [1, 2, 3]));
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", type);

        using var answer = await http.PostAsync(new Uri($"{lvbb.BaseUrl}/ebms"), content);
        var envelope = XDocument.Parse(await answer.Content.ReadAsStringAsync());

        Assert.That(envelope.Descendants(RawEbms.Eb + "Action").First().Value, Is.EqualTo(action));
        if (action == "MessageError")
        {
            Assert.That(envelope.Descendants(RawEbms.Eb + "Error").Single().Attribute(RawEbms.Eb + "errorCode")!.Value, Is.EqualTo("SecurityFailure"));
            Assert.That(envelope.Descendants(RawEbms.Eb + "Description").Single().Value, Does.Contain(certificateOin));
        }
    }

    [Test]
    public async Task Aanleveren_OverTlsWithoutClientCertificate_401_WithOne_PassesTheGate()
    {
        using var aanleveren = StartTls(new AanleverenSimulator(TestWorlds.Create()));
        using var bare = Client(null);
        using var certificate = Ca.IssueClient("00000001002306608000");
        using var withCertificate = Client(certificate);

        using var refused = await bare.PostAsync(aanleveren.BaseUrl, new StringContent("<x/>"));
        using var passed = await withCertificate.PostAsync(aanleveren.BaseUrl, new StringContent("<x/>"));

        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        Assert.That((int)passed.StatusCode, Is.Not.EqualTo(401).And.Not.EqualTo(403));
    }

    [Test]
    public async Task Behandeldienstconfiguraties_OverTls_RefusesWithoutCertificate_AndSeesTheCertificatesOin()
    {
        var profile = PartnerChain.WithBehandeldienst(PartnerChain.Profile());
        var world = new ChainHarness.Simulators.World.SimulatedWorld(profile, TimeProvider.System);
        world.Behandeldienstconfiguraties.SeedFrom(profile);
        using var bdc = StartTls(new ChainHarness.Simulators.Routing.BehandeldienstconfiguratiesSimulator(world));
        using var bare = Client(null);
        using var certificate = Ca.IssueClient(profile.Municipality.Oin);
        using var withCertificate = Client(certificate);
        var url = new Uri($"{bdc.BaseUrl}/behandeldienstconfiguraties");

        using var refused = await bare.GetAsync(url);
        using var seen = await withCertificate.GetAsync(url);

        Assert.That(LocalSimulation.PkioOverTls, Does.Contain(bdc.Name));
        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        Assert.That((int)seen.StatusCode, Is.EqualTo(200), await seen.Content.ReadAsStringAsync());
        Assert.That(await seen.Content.ReadAsStringAsync(), Does.Contain(PartnerChain.OdOin), "the certificate's OIN is the bevoegd gezag it answers for, no header needed");
    }

    private static T StartTls<T>(T server)
        where T : SimulatorServer
    {
        server.Tls = Ca;
        server.Start();
        return server;
    }

    private static HttpClient Client(X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = certificate is null ? null : new X509CertificateCollection { certificate },
                RemoteCertificateValidationCallback = (_, server, _, _) => server is X509Certificate2 s && Ca.Issued(s),
            },
        };
        return new HttpClient(handler);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(PkioCertificates.Subject("Vreemd", "Vreemd", Bronhouder), key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
