using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Routing;

/// <summary>
/// The DSO routing of the profile's behandeldienst, as the simulators apply it on submission. The
/// simulators stand in for pre-productie, so only routing configured there counts: with
/// <see cref="RoutingOptions.PreProductie"/> false, or fault F18, activities stay with the bevoegd
/// gezag. The rule is asked at each submission, so F18 can be switched while running.
/// </summary>
public static class BehandeldienstRouting
{
    public static void Apply(SimulatedWorld world)
    {
        if (world.Profile.Behandeldienst is not { } behandeldienst)
        {
            return;
        }

        var partij = new Partij(behandeldienst.Oin, behandeldienst.Name);
        world.Verzoeken.RouteBy(activiteit =>
            behandeldienst.Routing.PreProductie && !world.Faults.IsActive(PartnerFaults.F18)
            && (behandeldienst.Activities.Count == 0 || behandeldienst.Activities.Contains(activiteit, StringComparer.Ordinal))
                ? partij
                : null);
    }
}
