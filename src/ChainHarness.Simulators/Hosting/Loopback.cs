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
    /// <summary>The upload limit of a server that was given none.</summary>
    public const long DefaultMaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Starts a server; with <paramref name="admin"/> its admin API, and with <paramref name="guarded"/> every path, answer
    /// loopback callers only (<see cref="AdminGate"/>); uploads over <paramref name="maxUpload"/> are refused before they are read (<see cref="UploadGate"/>).
    /// Given <paramref name="tls"/> (the test CA's server certificate) it serves HTTPS and asks for a client certificate,
    /// which the simulator checks (<see cref="PkioGate"/>).
    /// </summary>
    public static WireMockServer Start(int port = 0, bool admin = false, bool guarded = false, Func<long>? maxUpload = null, System.Security.Cryptography.X509Certificates.X509Certificate2? tls = null)
    {
        var settings = new WireMockServerSettings
        {
            Urls = [$"{(tls is null ? "http" : "https")}://127.0.0.1:{port}"],
            StartAdminInterface = admin,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            PreWireMockMiddlewareInit = builder =>
            {
                UploadGate.Use((Microsoft.AspNetCore.Builder.IApplicationBuilder)builder, maxUpload ?? (() => DefaultMaxUploadBytes));
                if (admin || guarded)
                {
                    AdminGate.Before(everything: guarded)(builder);
                }
            },
        };
        if (tls is not null)
        {
            settings.CertificateSettings = new WireMockCertificateSettings { X509Certificate = tls };
            settings.ClientCertificateMode = WireMock.Types.ClientCertificateMode.AllowCertificate;
            settings.AcceptAnyClientCertificate = true;
        }

        return WireMockServer.Start(settings);
    }
}
