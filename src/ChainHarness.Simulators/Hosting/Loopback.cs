using WireMock.Server;
using WireMock.Settings;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// A WireMock server on 127.0.0.1 only. Port 0 lets the server's socket take a free port as it
/// binds (its URL then names the port), so simulators started side by side in a sweep can never
/// be handed the same port; asking the operating system for a free port first and binding later
/// could, and WireMock takes its whole start timeout (10 s) to report such a clash.
/// </summary>
internal static class Loopback
{
    public static WireMockServer Start(int port = 0, bool admin = false) => WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [$"http://127.0.0.1:{port}"],
        StartAdminInterface = admin,
        ReadStaticMappings = false,
        MaxRequestLogCount = 0,
    });

    /// <summary>HTTPS with the test CA's server certificate; a client certificate is asked for, and checked by the simulator (<see cref="Tls.PkioGate"/>).</summary>
    public static WireMockServer StartTls(System.Security.Cryptography.X509Certificates.X509Certificate2 server, int port = 0, bool admin = false) => WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [$"https://127.0.0.1:{port}"],
        StartAdminInterface = admin,
        ReadStaticMappings = false,
        MaxRequestLogCount = 0,
        CertificateSettings = new WireMockCertificateSettings { X509Certificate = server },
        ClientCertificateMode = WireMock.Types.ClientCertificateMode.AllowCertificate,
        AcceptAnyClientCertificate = true,
    });
}
