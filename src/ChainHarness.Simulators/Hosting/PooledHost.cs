using System.Collections.Concurrent;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// One started loopback WireMock server that the simulators of a run, or of every run of a sweep,
/// share through a <see cref="SimulatorHostPool"/>. Each simulator holds a lease with a path of its own
/// (<c>/run-17</c>): its URLs carry it, and only requests under it reach it. A request a finished run
/// still sends (a notification in flight, say) carries its ended lease, so it is refused here and never
/// reaches another run.
/// </summary>
internal sealed class PooledHost : IDisposable
{
    private static long _leases;
    private readonly WireMockServer _server;
    private readonly ConcurrentDictionary<string, Func<IRequestMessage, string, Task<IResponseMessage>>> _tenants = new(StringComparer.Ordinal);

    private PooledHost()
    {
        _server = Loopback.Start();
        _server.Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(1_000_000)
            .RespondWith(Response.Create().WithCallback(DispatchAsync));
    }

    public WireMockServer Server => _server;

    public static PooledHost Start() => new();

    /// <summary>Gives <paramref name="dispatch"/> (which gets the path without the lease) a path of its own on the server and returns it.</summary>
    public string Lease(Func<IRequestMessage, string, Task<IResponseMessage>> dispatch)
    {
        var prefix = $"/run-{Interlocked.Increment(ref _leases)}";
        _tenants[prefix] = dispatch;
        return prefix;
    }

    public void EndLease(string prefix) => _tenants.TryRemove(prefix, out _);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private Task<IResponseMessage> DispatchAsync(IRequestMessage message)
    {
        var path = message.Path;
        var end = path.Length > 1 ? path.IndexOf('/', 1) : -1;
        var prefix = end < 0 ? path : path[..end];
        return _tenants.TryGetValue(prefix, out var dispatch)
            ? dispatch(message, end < 0 ? "/" : path[end..])
            : Task.FromResult(SimulatorServer.ToMessage(SimResponse.Problem(404, "Not Found", $"No simulator run at {path}: the run it belonged to has ended.")));
    }
}
