using ChainHarness.Simulators.Hosting;
using WireMock.Server;

namespace ChainHarness.Simulators.Recording;

/// <summary>Endpoint mode <c>Replay</c>: a loopback WireMock server serving one endpoint's recording.</summary>
public sealed class ReplayServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly string _basePath;

    public ReplayServer(string folder)
    {
        var meta = Path.Combine(folder, "_recording.meta");
        _basePath = File.Exists(meta)
            ? File.ReadAllLines(meta).Select(l => l.Split('=', 2)).Where(p => p[0] == "basePath").Select(p => p[1]).FirstOrDefault() ?? ""
            : "";
        _server = Loopback.Start();
        _server.ReadStaticMappings(folder);
    }

    public Uri BaseUrl => new(_server.Url!.TrimEnd('/') + _basePath);

    public int Mappings => _server.Mappings.Count(m => !m.IsAdminInterface);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
