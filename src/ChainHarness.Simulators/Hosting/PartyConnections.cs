using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using ChainHarness.Simulators.Hosting.Tls;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// How the simulated municipal software (plan software, VTH system, case handler, partner system) calls a
/// PKIoverheid service as its own organisation. Without TLS: the plain loopback client (<see cref="SimulatorHttp.Client"/>),
/// the caller names its OIN in a header. With the test CA (<c>simulate --tls</c>): a client of its own per OIN, presenting
/// a certificate the CA issued for that OIN (made in memory at start, never written) and trusting only that CA's servers,
/// so the service reads the party from the certificate's subject serialNumber, as the real one does.
/// </summary>
public sealed class PartyConnections(TestCertificateAuthority? ca) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<(HttpClient Client, X509Certificate2 Certificate)>> _byOin = new(StringComparer.Ordinal);

    /// <summary>Plain loopback HTTP for everyone: a local run without TLS.</summary>
    public static PartyConnections Plain { get; } = new(null);

    /// <summary>The test CA the simulators are served with, or null without TLS.</summary>
    public TestCertificateAuthority? Authority => ca;

    /// <summary>The client to call a PKIoverheid service as <paramref name="oin"/>.</summary>
    public HttpClient For(string oin) =>
        ca is null ? SimulatorHttp.Client : _byOin.GetOrAdd(oin, o => new(() => Create(ca, o))).Value.Client;

    public void Dispose()
    {
        foreach (var made in _byOin.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
        {
            made.Client.Dispose();
            made.Certificate.Dispose();
        }

        _byOin.Clear();
    }

    private static (HttpClient, X509Certificate2) Create(TestCertificateAuthority ca, string oin)
    {
        var certificate = ca.IssueClient(oin, "Gesimuleerde gemeentelijke software");
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = [certificate],
                RemoteCertificateValidationCallback = (_, server, _, _) => server is not null && Trusted(ca, server),
            },
        };
        return (new HttpClient(new WorldCallMarker(handler)) { Timeout = SimulatorHttp.Client.Timeout }, certificate);
    }

    /// <summary>True when the server's certificate chains to the test CA: the simulators' own, never another.</summary>
    private static bool Trusted(TestCertificateAuthority ca, X509Certificate server)
    {
        if (server is X509Certificate2 certificate)
        {
            return ca.Issued(certificate);
        }

        using var copy = X509CertificateLoader.LoadCertificate(server.GetRawCertData());
        return ca.Issued(copy);
    }
}
