using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators;

/// <summary>
/// Which simulators a local run starts, and which simulated municipal drivers it hands the chain.
/// The one place a new simulator is added.
/// </summary>
internal static class SimulatorRoster
{
    /// <summary>What the world holds before the run: the municipality's omgevingsplan in force, as Ozon shows it.</summary>
    public static void Seed(SimulatedWorld world) =>
        world.OzonDocuments.Put(TestdorpPlan.InForce(world.Profile.Municipality));

    public static IReadOnlyList<SimulatorServer> NationalAndMunicipalServers(SimulatedWorld world) =>
    [
        new LvbbSimulator(world),
        new OzonSimulator(world),
        new BekendmakingenSimulator(world),
    ];

    public static void AddMunicipalDrivers(ChainServices services, SimulatedWorld world, IReadOnlyList<SimulatorServer> servers)
    {
        if (servers.OfType<LvbbSimulator>().FirstOrDefault() is { } lvbb)
        {
            services.Add<IPlanSoftware>(new SimulatedPlanSoftware(world, lvbb.BaseUrl));
        }
    }
}
