using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>A WireMock server on loopback standing in for one national endpoint, answering every request the same way.</summary>
internal sealed class StandIn : IDisposable
{
    private StandIn(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    public static StandIn Answering(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"], MaxRequestLogCount = 0 });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(respond(Response.Create()));
        return new StandIn(server);
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
