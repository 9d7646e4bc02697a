using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// One started loopback WireMock server that simulators of successive runs borrow from a
/// <see cref="SimulatorHostPool"/>. Each borrowing is a lease with a path of its own
/// (<c>/run-17</c>): the tenant's URLs carry it, and only requests under it reach the tenant. A
/// request a finished run still sends (a notification in flight, say) carries its old lease, so it
/// is refused here and never reaches the run that holds the server now.
/// </summary>
internal sealed class PooledHost : IDisposable
{
    private static long _leases;
    private readonly WireMockServer _server;
    private volatile Tenant? _tenant;

    private PooledHost()
    {
        _server = Loopback.Start();
        _server.Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(1_000_000)
            .RespondWith(Response.Create().WithCallback(DispatchAsync));
    }

    public WireMockServer Server => _server;

    public static PooledHost Start() => new();

    /// <summary>Hands the server to <paramref name="dispatch"/> (which gets the path without the lease) and returns the lease's path.</summary>
    public string Lease(Func<IRequestMessage, string, Task<IResponseMessage>> dispatch)
    {
        var prefix = $"/run-{Interlocked.Increment(ref _leases)}";
        _tenant = new Tenant(prefix, dispatch);
        return prefix;
    }

    public void EndLease() => _tenant = null;

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private Task<IResponseMessage> DispatchAsync(IRequestMessage message)
    {
        var tenant = _tenant;
        var path = message.Path;
        return tenant is not null && path.StartsWith(tenant.Prefix, StringComparison.Ordinal)
            && (path.Length == tenant.Prefix.Length || path[tenant.Prefix.Length] == '/')
            ? tenant.Dispatch(message, path.Length == tenant.Prefix.Length ? "/" : path[tenant.Prefix.Length..])
            : Task.FromResult(SimulatorServer.ToMessage(SimResponse.Problem(404, "Not Found", $"No simulator run at {path}: the run it belonged to has ended.")));
    }

    private sealed record Tenant(string Prefix, Func<IRequestMessage, string, Task<IResponseMessage>> Dispatch);
}
