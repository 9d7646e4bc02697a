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

    /// <summary>With TLS on: the temporary folder holding the test CA (<c>ca.pem</c>) and the municipality's client certificate (<c>client.pfx</c>).</summary>
    public string? TlsFolder { get; private init; }


    /// <summary>
    /// Starts the roster. With <paramref name="recordingsFolder"/> (a dated folder <c>record</c> wrote, one
    /// subfolder per endpoint), a service with a recording answers what was recorded for every request it
    /// holds (the mappings take precedence over the built-in routes), and its built-in behaviour for the rest.
    /// </summary>
    public static StandaloneSimulation Start(ProfileOptions profile, SimulateOptions options, string? stubsFolder, string? recordingsFolder = null)
    {
        var others = 0;
        var simulation = LocalSimulation.Start(
            profile,
            TimeProvider.System,
            stubsFolder,
            name => options.PortFor(name, Engine.Http.DsoEndpoint.All.Contains(name, StringComparer.OrdinalIgnoreCase) ? 0 : others++),
            admin: true,
            tls: options.Tls ? Hosting.Tls.TestCertificateAuthority.Shared : null);
        try
        {
            foreach (var server in simulation.Servers)
            {
                var recorded = recordingsFolder is null ? null : Path.Combine(recordingsFolder, server.Name);
                if (recorded is not null && Directory.Exists(recorded))
                {
                    server.Server.ReadStaticMappings(recorded);
                }
            }

            var switchboard = new FaultSwitchboard(simulation.World);
            switchboard.Start(options.ControlPortOrDefault);
            return new StandaloneSimulation(simulation, switchboard)
            {
                TlsFolder = options.Tls ? Hosting.Tls.TestCertificateAuthority.Shared.WriteForClient(profile.Municipality.Oin, profile.Municipality.Name) : null,
            };
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
