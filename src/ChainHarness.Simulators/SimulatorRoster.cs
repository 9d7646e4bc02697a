using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators;

/// <summary>
/// Which simulators a local run starts, and which simulated municipal drivers it hands the chain.
/// The one place a new simulator is added.
/// </summary>
internal static class SimulatorRoster
{
    public static IReadOnlyList<SimulatorServer> NationalAndMunicipalServers(SimulatedWorld world)
    {
        // The practice environment is not empty: it holds a bruidsschat activity (fixtures/rules/gm9999).
        ExistingContent.SeedInto(world);
        return
        [
            new RtrSimulator(world),
            new VerifierenSimulator(world),
            new AanleverenSimulator(world),
        ];
    }

    public static void AddMunicipalDrivers(ChainServices services, SimulatedWorld world, IReadOnlyList<SimulatorServer> servers)
    {
        services.Add<IRulesSoftware>(new SimulatedRulesSoftware(world));
    }
}
