using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.LoketLane;

/// <summary>
/// What steps 1–7 would leave behind for the bruidsschat dakkapel of Testdorp: the activity and its
/// werkingsgebied in Ozon, its Conclusie and Indieningsvereisten (the rules lane's fixtures) in the
/// RTR from yesterday on, and the werkzaamheid "Dakkapel plaatsen" linked to it.
/// </summary>
internal static class TestdorpRtr
{
    public static readonly string Ref = FunctioneleStructuurRef.For(ExistingContent.BruidsschatActivityId);

    public static void Seed(SimulatedWorld world)
    {
        ExistingContent.SeedInto(world);
        var since = world.Today.AddDays(-1);
        var at = world.Time.GetUtcNow();
        world.Rtr.Add(new DeliveredRuleSet("seed-1", Ref, ExistingContent.BruidsschatActivityId, RegelbeheerobjectType.Conclusie, "conclusie-dakkapel.dmn", RulesFixtures.Read("conclusie-dakkapel.dmn"), since, "seed", at));
        world.Rtr.Add(new DeliveredRuleSet("seed-2", Ref, ExistingContent.BruidsschatActivityId, RegelbeheerobjectType.Indieningsvereisten, "indieningsvereisten-dakkapel.dmn", RulesFixtures.Read("indieningsvereisten-dakkapel.dmn"), since, "seed", at));
        world.Rtr.Add(new RtrWerkzaamheid("http://toepasbare-regels.omgevingswet.overheid.nl/id/werkzaamheid/DakkapelPlaatsen", "Dakkapel plaatsen", Ref, since));
    }
}
