using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Samenwerken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators;

/// <summary>
/// Which simulators a local run starts, and which simulated municipal drivers it hands the chain.
/// The one place a new simulator is added.
/// </summary>
internal static class SimulatorRoster
{
    public static IReadOnlyList<SimulatorServer> NationalAndMunicipalServers(SimulatedWorld world) =>
    [
        new SamenwerkenSimulator(world),
    ];

    public static void AddMunicipalDrivers(ChainServices services, SimulatedWorld world, IReadOnlyList<SimulatorServer> servers)
    {
        var swf = servers.OfType<SamenwerkenSimulator>().Single().BaseUrl;
        services.Add<ICaseHandler>(new SimulatedCaseHandler(world, new SwfClient(swf, world.Profile.Municipality.Oin)));
        if (world.Profile.Collaboration is { } partner)
        {
            services.Add<ICollaborationPartner>(new SimulatedPartnerSystem(world, new SwfClient(swf, partner.Oin)));
        }
    }
}
