using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Routing;

/// <summary>
/// The DSO routing on submission, read from the behandeldienstconfiguraties of the simulated pre-productie
/// (<see cref="BehandeldienstConfiguraties"/>, served by <see cref="BehandeldienstconfiguratiesSimulator"/>;
/// seeded from the profile, changeable through the API). Fault F18 (routing configured in production only)
/// hides every configuration, so activities stay with the bevoegd gezag. Asked at each submission, so F18
/// and API changes count while running.
/// </summary>
public static class BehandeldienstRouting
{
    public static void Apply(SimulatedWorld world)
    {
        if (world.Profile.Behandeldienst is null)
        {
            return;
        }

        var bevoegdGezag = world.Profile.Municipality.Oin;
        world.Verzoeken.RouteBy(activiteit =>
            Configured(world, bevoegdGezag).FirstOrDefault(c => c.Covers(activiteit)) is { } configuratie
                ? new Partij(configuratie.BehandeldienstOin, configuratie.BehandeldienstNaam)
                : null);
    }

    /// <summary>What pre-productie shows for a bevoegd gezag: nothing while F18 is on.</summary>
    public static IReadOnlyList<BehandeldienstConfiguratie> Configured(SimulatedWorld world, string bevoegdGezagOin) =>
        world.Faults.IsActive(PartnerFaults.F18) ? [] : world.Behandeldienstconfiguraties.Of(bevoegdGezagOin);
}
