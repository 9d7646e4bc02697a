using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting.Tls;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// The local chain with the PKIoverheid simulators over TLS (what <c>simulate --tls</c> serves): the simulators start
/// with the test CA, and the harness reaches each PKIoverheid service as a municipality would, through its profile:
/// the endpoint's URL, its certificate (<c>client.pfx</c> for the municipality's OIN) and the CA to trust (<c>ca.pem</c>),
/// written for the run and deleted after it.
/// </summary>
internal static class TlsChain
{
    public static TestCertificateAuthority Ca => TestCertificateAuthority.Shared;

    /// <summary>Runs the chain; <paramref name="after"/> looks into the world while its simulators still serve.</summary>
    public static async Task<ChainResult> RunAsync(ProfileOptions profile, Func<LocalSimulation, Task>? after = null)
    {
        using var simulation = LocalSimulation.Start(profile, tls: Ca);
        var folder = Ca.WriteForClient(profile.Municipality.Oin, profile.Municipality.Name);
        try
        {
            foreach (var name in LocalSimulation.PkioOverTls)
            {
                var endpoint = profile.Endpoint(name);
                endpoint.Mode = EndpointMode.Live;
                endpoint.BaseUrl = simulation.EndpointUrls[name].ToString();
                endpoint.CertificateFile = Path.Combine(folder, "client.pfx");
                endpoint.TrustedRootFile = Path.Combine(folder, "ca.pem");
                profile.Endpoints[name] = endpoint;
            }

            var result = await LocalChain.RunAsync(simulation, profile);
            if (after is not null)
            {
                await after(simulation);
            }

            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A client presenting <paramref name="certificate"/> (or none) and trusting only the test CA's servers.</summary>
    public static HttpClient Client(X509Certificate2? certificate) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            ClientCertificates = certificate is null ? null : new X509CertificateCollection { certificate },
            RemoteCertificateValidationCallback = (_, server, _, _) => server is X509Certificate2 s && Ca.Issued(s),
        },
    });

    /// <summary>A certificate carrying <paramref name="oin"/> that the test CA did not issue.</summary>
    public static X509Certificate2 SelfSigned(string oin)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(PkioCertificates.Subject("Vreemd", "Vreemd", oin), key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
