using System.Security.Cryptography.X509Certificates;

namespace ChainHarness.Engine.Http;

/// <summary>Checks a server certificate against one extra root (offline: no revocation lookups), as for the simulators' test CA.</summary>
internal static class TrustedRoots
{
    public static bool Chains(X509Certificate certificate, X509Certificate2 root)
    {
        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }
}
