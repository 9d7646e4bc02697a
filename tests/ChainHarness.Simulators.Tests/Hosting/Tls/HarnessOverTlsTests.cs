using System.Security.Cryptography.X509Certificates;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Simulators.Tests.Testing;
using RestSharp;

namespace ChainHarness.Simulators.Tests.Hosting.Tls;

/// <summary>The harness's own client against a simulator over TLS: it presents the certificate it is given and trusts the test CA only when told to.</summary>
public sealed class HarnessOverTlsTests
{
    [Test]
    public async Task ApiClient_WithTheWrittenCaAndClientCertificate_PassesTheGate_WithoutTheCa_NoAnswer()
    {
        var ca = TestCertificateAuthority.Shared;
        using var aanleveren = new AanleverenSimulator(TestWorlds.Create()) { Tls = ca };
        aanleveren.Start();
        var folder = ca.WriteForClient("00000001002306608000", "Gemeente Testdorp");
        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "client.pfx"), null);
            using var root = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, "ca.pem"));
            using var trusting = new ApiClient(new ApiClientSettings("Aanleveren", aanleveren.BaseUrl) { Certificate = certificate, TrustedRoot = root }, TimeProvider.System);
            using var doubting = new ApiClient(new ApiClientSettings("Aanleveren", aanleveren.BaseUrl) { Certificate = certificate }, TimeProvider.System);

            var passed = await trusting.SendAsync(new RestRequest("", Method.Post).AddStringBody("<x/>", "text/xml"), new EvidenceLog(SecretRedactor.None), CancellationToken.None);
            var refused = await doubting.SendAsync(new RestRequest("", Method.Post).AddStringBody("<x/>", "text/xml"), new EvidenceLog(SecretRedactor.None), CancellationToken.None);

            Assert.That(passed.ResponseStatus, Is.EqualTo(ResponseStatus.Completed), passed.ErrorMessage);
            Assert.That((int)passed.StatusCode, Is.Not.EqualTo(401).And.Not.EqualTo(403), passed.Content);
            Assert.That(refused.ResponseStatus, Is.Not.EqualTo(ResponseStatus.Completed), "the test CA is not trusted unless configured");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
