using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChainHarness.Simulators.Hosting.Tls;

/// <summary>
/// A certificate authority made up at start, in memory only (never written, never committed), standing in
/// for PKIoverheid on loopback: it issues the simulators' server certificate (127.0.0.1, localhost) and
/// client certificates whose subject serialNumber is an OIN, as a PKIoverheid certificate carries it.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private static readonly Lazy<TestCertificateAuthority> SharedInstance = new(() => new TestCertificateAuthority());
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly Lazy<X509Certificate2> _server;

    public TestCertificateAuthority()
    {
        var request = new CertificateRequest("CN=ChainHarness Test PKIoverheid CA, O=ChainHarness (test only), C=NL", _key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        Root = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));
        _server = new(IssueServer);
    }

    /// <summary>One CA per process, made on first use.</summary>
    public static TestCertificateAuthority Shared => SharedInstance.Value;

    /// <summary>The CA certificate (public part): trust it to talk to the simulators over TLS.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The simulators' server certificate, for 127.0.0.1 and localhost.</summary>
    public X509Certificate2 Server => _server.Value;

    /// <summary>A client certificate for an organisation: subject serialNumber = its OIN, signed by this CA.</summary>
    public X509Certificate2 IssueClient(string oin, string organisation = "Testorganisatie")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(PkioCertificates.Subject($"{organisation} {oin}", organisation, oin), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        return Sign(request, key);
    }

    /// <summary>
    /// Writes the CA certificate (<c>ca.pem</c>) and a client certificate with key for <paramref name="oin"/>
    /// (<c>client.pfx</c>, no password) to a new folder under the system temp folder, for software outside this
    /// process; returns the folder. Test material only: never put it in a repository.
    /// </summary>
    public string WriteForClient(string oin, string organisation)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chainharness-tls", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ca.pem"), Root.ExportCertificatePem());
        using var client = IssueClient(oin, organisation);
        File.WriteAllBytes(Path.Combine(folder, "client.pfx"), client.Export(X509ContentType.Pkcs12));
        return folder;
    }

    /// <summary>True when the certificate chains to this CA (no system roots, no revocation lookups: all offline).</summary>
    public bool Issued(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreWrongUsage;
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        _key.Dispose();
        Root.Dispose();
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }

    private X509Certificate2 IssueServer()
    {
        // RSA: WireMock reads the server certificate's PrivateKey property, which only RSA and DSA keys answer.
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost, O=ChainHarness simulators", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return Sign(request, key);
    }

    private X509Certificate2 Sign(CertificateRequest request, AsymmetricAlgorithm key)
    {
        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(Root.SubjectName, X509SignatureGenerator.CreateForECDsa(_key), now.AddMinutes(-5), now.AddDays(1), serial);
        using var withKey = key switch
        {
            RSA rsa => issued.CopyWithPrivateKey(rsa),
            ECDsa ecdsa => issued.CopyWithPrivateKey(ecdsa),
            _ => throw new ArgumentException("RSA or ECDSA keys only.", nameof(key)),
        };

        // Through PKCS#12 so the key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
