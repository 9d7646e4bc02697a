using ChainHarness.Simulators.Hosting.Tls;
namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// Mutual TLS as on the PKIoverheid routes: a simulator served over TLS answers only a caller whose client
/// certificate chains to the test CA: none → 401, another issuer → 403. The OIN the simulator then sees
/// is the certificate's subject serialNumber (<see cref="SimRequest.ClientOin"/>).
/// </summary>
public static class PkioGate
{
    public static SimResponse? Check(SimRequest request, TestCertificateAuthority ca, string service) =>
        request.ClientCertificate switch
        {
            null => SimResponse.Problem(401, "Unauthorized", $"{service}: een PKIoverheid-clientcertificaat is verplicht (tweezijdig TLS)."),
            var certificate when !ca.Issued(certificate) => SimResponse.Problem(403, "Forbidden", $"{service}: het clientcertificaat is niet uitgegeven door een vertrouwde CA."),
            var certificate when PkioCertificates.Oin(certificate) is null => SimResponse.Problem(403, "Forbidden", $"{service}: het clientcertificaat heeft geen OIN in het serialNumber van zijn subject."),
            _ => null,
        };
}
