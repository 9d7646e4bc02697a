using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators;

/// <summary>
/// Every simulator of one run, started on loopback with a world of their own, plus the simulated
/// municipal software as chain drivers. Dispose to stop them all.
/// </summary>
public sealed class LocalSimulation : IDisposable
{
    private readonly PartyConnections _connections;

    private LocalSimulation(SimulatedWorld world, IReadOnlyList<SimulatorServer> servers, ChainServices services, PartyConnections connections)
    {
        World = world;
        Servers = servers;
        Services = services;
        _connections = connections;
    }

    /// <summary>
    /// The PKIoverheid services (auth <c>pkio-mtls</c> in their contracts), served over TLS when asked (<c>simulate --tls</c>):
    /// the LVBB, TR aanleveren, Verzoek afhandelen, the Samenwerkfunctionaliteit and Behandeldienstconfiguraties. Each then
    /// requires a client certificate from the test CA and sees the party in its subject serialNumber; the simulated
    /// municipal software calls them with a certificate for its own OIN (<see cref="PartyConnections"/>).
    /// </summary>
    public static IReadOnlySet<string> PkioOverTls { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DsoEndpoint.Lvbb, DsoEndpoint.Aanleveren, DsoEndpoint.Afhandelen, DsoEndpoint.Samenwerken, DsoEndpoint.Behandeldienstconfiguraties,
    };

    public SimulatedWorld World { get; }

    public IReadOnlyList<SimulatorServer> Servers { get; }

    /// <summary>The simulated municipal software (plan software, rules software, VTH system …).</summary>
    public ChainServices Services { get; }

    /// <summary>Base URL of each simulated national endpoint, by <see cref="DsoEndpoint"/> name.</summary>
    public IReadOnlyDictionary<string, Uri> EndpointUrls =>
        Servers.Where(s => DsoEndpoint.All.Contains(s.Name)).ToDictionary(s => s.Name, s => s.BaseUrl, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Starts every simulator on loopback: on a free port, or the one <paramref name="ports"/> gives
    /// for its name; with the WireMock admin API when <paramref name="admin"/> is set; or, given
    /// <paramref name="hosts"/> (a sweep's), on servers borrowed from it (no fixed ports, stubs or admin then).
    /// </summary>
    public static LocalSimulation Start(
        ProfileOptions profile, TimeProvider? time = null, string? stubsFolder = null, Func<string, int>? ports = null, bool admin = false,
        SimulatorHostPool? hosts = null, TestCertificateAuthority? tls = null)
    {
        if (hosts is not null && (stubsFolder is not null || ports is not null || admin || tls is not null))
        {
            throw new ArgumentException("Simulators on pooled servers take no fixed ports, static mappings, admin API or TLS.", nameof(hosts));
        }

        var world = new SimulatedWorld(profile, time ?? TimeProvider.System);
        SimulatorRoster.Seed(world);
        StartupTrace.Mark("simulated world seeded");
        var connections = new PartyConnections(tls);
        var servers = SimulatorRoster.NationalAndMunicipalServers(world, connections);
        var started = new List<SimulatorServer>();
        try
        {
            foreach (var server in servers)
            {
                server.Tls = tls is not null && PkioOverTls.Contains(server.Name) ? tls : null;
                started.Add(hosts is not null
                    ? server.Start(hosts)
                    : server.Start(ports?.Invoke(server.Name) ?? 0, admin, stubsFolder is null ? null : Path.Combine(stubsFolder, server.Name)));
                StartupTrace.Mark($"simulator {server.Name} started");
            }
        }
        catch
        {
            started.ForEach(s => s.Dispose());
            connections.Dispose();
            throw;
        }

        var services = new ChainServices();
        SimulatorRoster.AddMunicipalDrivers(services, world, servers, connections);
        return new LocalSimulation(world, servers, services, connections);
    }

    public void Dispose()
    {
        foreach (var server in Servers)
        {
            server.Dispose();
        }

        _connections.Dispose();
    }
}
