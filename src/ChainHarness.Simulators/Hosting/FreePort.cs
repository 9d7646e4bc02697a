using System.Net;
using System.Net.Sockets;

namespace ChainHarness.Simulators.Hosting;

/// <summary>A free loopback port, asked of the operating system.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
