using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.Matchers;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// A WireMock server on loopback standing in for one national endpoint, answering every request the same way.
/// It notes each request as it arrives (before any delay or fault), so a test can count the asks.
/// </summary>
internal sealed class StandIn : IDisposable
{
    private readonly ArrivalLog _arrivals;

    private StandIn(WireMockServer server, ArrivalLog arrivals)
    {
        Server = server;
        _arrivals = arrivals;
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    public static StandIn Answering(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        var arrivals = new ArrivalLog();
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"], MaxRequestLogCount = 0 });
        server.Given(((Request)Request.Create().UsingAnyMethod()).Add(arrivals)).RespondWith(respond(Response.Create()));
        return new StandIn(server, arrivals);
    }

    /// <summary>How many requests arrived with <paramref name="method"/> on a path starting with <paramref name="pathStart"/>.</summary>
    public int Arrived(string method, string pathStart) =>
        _arrivals.Seen.Count(r => r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal));

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

    /// <summary>A matcher that matches everything and notes what it saw.</summary>
    private sealed class ArrivalLog : IRequestMatcher
    {
        public ConcurrentQueue<(string Method, string Path)> Seen { get; } = new();

        public RequestMatcherType Type => RequestMatcherType.Path;

        public double GetMatchingScore(IRequestMessage requestMessage, IRequestMatchResult requestMatchResult)
        {
            Seen.Enqueue((requestMessage.Method, requestMessage.Path));
            return requestMatchResult.AddScore(GetType(), MatchScores.Perfect, null);
        }
    }
}
