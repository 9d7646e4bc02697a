using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// The activities in the RTR's functional structure: those Ozon holds (published by LVBB in this
/// run, or existing content), minus the existing ones when the practice data was wiped (F10).
/// </summary>
public static class RtrActivities
{
    public static IReadOnlyList<PublishedActivity> All(SimulatedWorld world) =>
        world.Ozon.Activities
            .Where(a => a.RegelingWorkId is not null || !world.Faults.IsActive(RulesFaults.PracticeDataWiped))
            .OrderBy(a => a.OwId, StringComparer.Ordinal)
            .ToList();

    public static PublishedActivity? Find(SimulatedWorld world, string owId) =>
        All(world).FirstOrDefault(a => a.OwId == owId);
}
