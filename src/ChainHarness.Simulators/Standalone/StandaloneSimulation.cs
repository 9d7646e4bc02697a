using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// Every simulator of the roster on fixed loopback ports with the WireMock admin API on and the
/// static mappings of <c>stubs/&lt;Name&gt;/</c> loaded, plus the fault switch: what the
/// <c>simulate</c> command serves until it is stopped. One world, shared by all of them.
/// </summary>
public sealed class StandaloneSimulation : IDisposable
{
    private readonly LocalSimulation _simulation;
    private readonly FaultSwitchboard _switchboard;

    private StandaloneSimulation(LocalSimulation simulation, FaultSwitchboard switchboard)
    {
        _simulation = simulation;
        _switchboard = switchboard;
    }

    public World.SimulatedWorld World => _simulation.World;

    public IReadOnlyList<SimulatedService> Services =>
        [.. _simulation.Servers.Select(s => new SimulatedService(s.Name, s.BaseUrl, new Uri(s.ServerUrl.TrimEnd('/') + "/__admin"), StaticMappings(s)))];

    /// <summary>The fault switch: <c>GET</c> lists, <c>POST {name}</c> enables, <c>DELETE {name}</c> disables.</summary>
    public Uri FaultsUrl => _switchboard.BaseUrl;

    public static StandaloneSimulation Start(ProfileOptions profile, SimulateOptions options, string? stubsFolder)
    {
        var others = 0;
        var simulation = LocalSimulation.Start(
            profile,
            TimeProvider.System,
            stubsFolder,
            name => options.PortFor(name, Engine.Configuration.DsoEndpoint.All.Contains(name, StringComparer.OrdinalIgnoreCase) ? 0 : others++),
            admin: true);
        try
        {
            var switchboard = new FaultSwitchboard(simulation.World);
            switchboard.Start(options.ControlPortOrDefault);
            return new StandaloneSimulation(simulation, switchboard);
        }
        catch
        {
            simulation.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _switchboard.Dispose();
        _simulation.Dispose();
    }

    private static int StaticMappings(SimulatorServer server) =>
        server.Server.Mappings.Count(m => !m.IsAdminInterface && m.Priority < 1_000_000);
}
