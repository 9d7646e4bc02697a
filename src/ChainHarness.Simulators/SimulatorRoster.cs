using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Afhandelen;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Indienen;
using ChainHarness.Simulators.Routing;
using ChainHarness.Simulators.Samenwerken;
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

    public static IReadOnlyList<SimulatorServer> NationalAndMunicipalServers(SimulatedWorld world)
    {
        var afhandelen = new AfhandelenSimulator(world);
        var municipality = new Partij(world.Profile.Municipality.Oin, world.Profile.Municipality.Name);
        return
        [
            afhandelen,
            new IndienenSimulator(world, new GeenIndieningsvereisten(), new VerzoekNotificaties(world, () => afhandelen.BaseUrl)),
            new VthSimulator(world, municipality, world.Vth),
            .. Behandeldienst(world),
            new SamenwerkenSimulator(world),
        ];
    }

    public static void AddMunicipalDrivers(ChainServices services, SimulatedWorld world, IReadOnlyList<SimulatorServer> servers)
    {
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
        services.Add<ICaseHandler>(new SimulatedCaseHandler(world, new SwfClient(swf, world.Profile.Municipality.Oin)));
        if (world.Profile.Collaboration is { } partner)
        {
            services.Add<ICollaborationPartner>(new SimulatedPartnerSystem(world, new SwfClient(swf, partner.Oin)));
        }
    }

    /// <summary>The behandeldienst's own case system: the VTH simulator again, for another party (step 10).</summary>
    private static IEnumerable<SimulatorServer> Behandeldienst(SimulatedWorld world) =>
        world.Profile.Behandeldienst is { } od ? [new VthSimulator(world, new Partij(od.Oin, od.Name), world.BehandeldienstVth, BehandeldienstVth)] : [];
}
