using System.Security.Cryptography.X509Certificates;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Simulators.Standalone;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Standalone;

/// <summary><c>simulate --tls</c>: the PKIoverheid services over HTTPS, the rest plain, and the files a municipality points its profile at.</summary>
public sealed class StandaloneTlsTests
{
    [Test]
    public async Task Start_WithTls_PkioServicesOverHttps_ClientCertificateForTheProfilesOin()
    {
        var profile = FastProfiles.LocalPartners();
        using var world = StandaloneSimulation.Start(profile, new SimulateOptions { BasePort = 0, Tls = true }, stubsFolder: null);
        var folder = world.TlsFolder!;
        try
        {
            using var client = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "client.pfx"), null);
            using var http = TlsChain.Client(client);
            var afhandelen = world.Services.Single(s => s.Name == DsoEndpoint.Afhandelen);

            using var answer = await http.GetAsync(new Uri(afhandelen.BaseUrl + "/verzoeken/2026120400001"));

            Assert.That(world.Services.Where(s => LocalSimulation.PkioOverTls.Contains(s.Name)).Select(s => s.BaseUrl.Scheme).ToList(), Has.Count.EqualTo(5).And.All.EqualTo("https"));
            Assert.That(world.Services.Where(s => !LocalSimulation.PkioOverTls.Contains(s.Name)).Select(s => s.BaseUrl.Scheme), Is.All.EqualTo("http"));
            Assert.That(PkioCertificates.Oin(client), Is.EqualTo(profile.Municipality.Oin));
            Assert.That(File.ReadAllText(Path.Combine(folder, "ca.pem")), Does.StartWith("-----BEGIN CERTIFICATE-----"));
            Assert.That((int)answer.StatusCode, Is.EqualTo(404), "the written client.pfx passes the gate: an unknown verzoek, not a refusal");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
