using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// One world reachable from outside: every simulator of the roster on fixed loopback ports with the
/// WireMock admin API on and the static mappings of <c>stubs/&lt;Name&gt;/</c> loaded, the world's
/// simulated municipal software in the standard port contract (<see cref="SoftwareServer"/>), and the
/// control port (<see cref="WorldControl"/>: <c>/__world</c>, faults). What <c>simulate</c> serves until it
/// is stopped, and what <c>run --world</c> joins: one world, shared by every party.
/// </summary>
public sealed class StandaloneSimulation : IDisposable
{
    private readonly LocalSimulation _simulation;
    private readonly SoftwareServer _software;
    private readonly WorldControl _control;

    private StandaloneSimulation(LocalSimulation simulation, SoftwareServer software, WorldControl control)
    {
        _simulation = simulation;
        _software = software;
        _control = control;
    }

    public World.SimulatedWorld World => _simulation.World;

    public IReadOnlyList<SimulatedService> Services =>
        [.. AllServers.Select(s => new SimulatedService(s.Name, s.BaseUrl, new Uri(s.ServerUrl.TrimEnd('/') + "/__admin"), StaticMappings(s)))];

    /// <summary>The control port: <c>/__world</c> (what <c>run --world</c> reads) and the fault switch.</summary>
    public Uri ControlUrl => _control.Root;

    /// <summary>The fault switch: <c>GET</c> lists, <c>POST {name}</c> enables, <c>DELETE {name}</c> disables.</summary>
    public Uri FaultsUrl => new(_control.Root + "__world/faults");

    /// <summary>The world's addresses as environment variables (<c>CHAINHARNESS_NATIONAL_LVBB=…</c>).</summary>
    public string Environment => _control.Environment();

    private IReadOnlyList<SimulatorServer> AllServers => [.. _simulation.Servers, _software];

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
            name => options.PortFor(name, Engine.Configuration.DsoEndpoint.All.Contains(name, StringComparer.OrdinalIgnoreCase) ? 0 : others++),
            admin: true,
            tls: options.Tls ? Hosting.Tls.TestCertificateAuthority.Shared : null);
        SoftwareServer? software = null;
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

            software = new SoftwareServer(simulation.World, simulation.Services);
            software.Start(options.PortFor(SoftwareServer.ServerName, others++), admin: true);
            var started = software;
            var control = new WorldControl(simulation.World, () => [.. simulation.Servers, started]);
            control.Start(options.ControlPortOrDefault);
            return new StandaloneSimulation(simulation, software, control)
            {
                TlsFolder = options.Tls ? Hosting.Tls.TestCertificateAuthority.Shared.WriteForClient(profile.Municipality.Oin, profile.Municipality.Name) : null,
            };
        }
        catch
        {
            software?.Dispose();
            simulation.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _control.Dispose();
        _software.Dispose();
        _simulation.Dispose();
    }

    private static int StaticMappings(SimulatorServer server) =>
        server.Server.Mappings.Count(m => !m.IsAdminInterface && m.Priority < 1_000_000);
}
