using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Indienen;
using ChainHarness.Simulators.Iterations;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Routing;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Samenwerken;
using ChainHarness.Simulators.Uitvoeren;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.Vth;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators;

/// <summary>
/// Which simulators a local run starts, and which simulated municipal drivers it hands the chain.
/// The one place a new simulator is added.
/// </summary>
internal static class SimulatorRoster
{
    private const string BehandeldienstVth = "BehandeldienstVth";

    /// <summary>
    /// What the world holds before the run: the municipality's omgevingsplan in force, as Ozon shows
    /// it, the existing (bruidsschat) content of the practice environment (fixtures/rules/gm9999), and
    /// what an earlier iteration left, when the run's iteration builds on one (iteration 3 on 2).
    /// </summary>
    public static void Seed(SimulatedWorld world)
    {
        world.OzonDocuments.Put(TestdorpPlan.InForce(world.Profile.Municipality));
        ExistingContent.SeedInto(world);
        world.Behandeldienstconfiguraties.SeedFrom(world.Profile);
        IterationStart.Seed(world);
    }

    public static IReadOnlyList<SimulatorServer> NationalAndMunicipalServers(SimulatedWorld world, PartyConnections connections)
    {
        var afhandelen = new AfhandelenSimulator(world);
        var regels = new RtrRegelsBron(world);
        var municipality = new Partij(world.Profile.Municipality.Oin, world.Profile.Municipality.Name);
        return
        [
            new LvbbSimulator(world),
            new OzonSimulator(world),
            new BekendmakingenSimulator(world),
            new RtrSimulator(world),
            new UitvoerenGegevensSimulator(world),
            new VerifierenSimulator(world),
            new AanleverenSimulator(world),
            new UitvoerenSimulator(world, regels),
            new ZoekinterfaceSimulator(world, regels),
            new IndienenSimulator(world, new DmnIndieningsvereisten(regels, new RegelEvaluatie(world)), new VerzoekNotificaties(world, () => afhandelen.BaseUrl)),
            afhandelen,
            new VthSimulator(world, municipality, world.Vth, connections: connections),
            .. Behandeldienst(world, connections),
            new SamenwerkenSimulator(world),
            new BehandeldienstconfiguratiesSimulator(world),
        ];
    }

    /// <summary>The simulated municipal software; each calls the PKIoverheid services as its own party through <paramref name="connections"/>.</summary>
    public static void AddMunicipalDrivers(ChainServices services, SimulatedWorld world, IReadOnlyList<SimulatorServer> servers, PartyConnections connections)
    {
        if (servers.OfType<LvbbSimulator>().FirstOrDefault() is { } lvbb)
        {
            services.Add<IPlanSoftware>(new SimulatedPlanSoftware(world, lvbb.BaseUrl, connections));
        }

        services.Add<IRulesSoftware>(new SimulatedRulesSoftware(world));
        var vth = servers.OfType<VthSimulator>().First(s => s.Eigenaar.Oin == world.Profile.Municipality.Oin);
        world.Verzoeken.Subscribe(vth.Eigenaar.Oin, vth.NotificatieEndpoint);
        services.Add<IVthSystem>(new ZgwVthSystem(() => vth.BaseUrl));
        if (servers.OfType<VthSimulator>().FirstOrDefault(s => s.Name == BehandeldienstVth) is { } od)
        {
            world.Verzoeken.Subscribe(od.Eigenaar.Oin, od.NotificatieEndpoint);
            services.Add<IBehandeldienstSystem>(new ZgwVthSystem(() => od.BaseUrl));
            BehandeldienstRouting.Apply(world);
        }

        var swf = servers.OfType<SamenwerkenSimulator>().Single().BaseUrl;
        services.Add<ICaseHandler>(new SimulatedCaseHandler(world, new SwfClient(swf, world.Profile.Municipality.Oin, connections)));
        if (world.Profile.Collaboration is { } partner)
        {
            services.Add<ICollaborationPartner>(new SimulatedPartnerSystem(world, new SwfClient(swf, partner.Oin, connections)));
        }

        SwfPush.Attach(world.Swf);
        WorldSubscriptions.Apply(world.Profile, world);
    }

    /// <summary>The behandeldienst's own case system: the VTH simulator again, for another party (step 10).</summary>
    private static IEnumerable<SimulatorServer> Behandeldienst(SimulatedWorld world, PartyConnections connections) =>
        world.Profile.Behandeldienst is { } od ? [new VthSimulator(world, new Partij(od.Oin, od.Name), world.BehandeldienstVth, BehandeldienstVth, connections)] : [];
}
