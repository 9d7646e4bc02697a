using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// One simulator on a free loopback port with a world of its own (seeded with Testdorp's existing
/// content), a fake clock at <see cref="Today"/>, and an HttpClient whose base is the simulator's API.
/// </summary>
internal sealed class SimulatorHost<T> : IDisposable
    where T : SimulatorServer
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    private SimulatorHost(T server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Http = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/") };
        Http.DefaultRequestHeaders.Add("x-api-key", EndpointOptions.SimulatedApiKey);
    }

    public T Server { get; }

    public SimulatedWorld World => Server.World;

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static SimulatorHost<T> Start(Func<SimulatedWorld, T> create, ProfileOptions? profile = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var world = new SimulatedWorld(profile ?? new ProfileOptions(), time);
        ExistingContent.SeedInto(world);
        var server = create(world);
        server.Start();
        return new SimulatorHost<T>(server, time);
    }

    public void Dispose()
    {
        Http.Dispose();
        Server.Dispose();
    }
}
