using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Iterations;

/// <summary>
/// The practice environment as an earlier iteration left it, for a pack that builds on one (<see cref="IterationPack.Vanaf"/>):
/// that iteration's change published by the simulated LVBB (its regeling version, text, activities, locations and
/// annotations in Ozon, its bekendmaking on officielebekendmakingen.nl) and its rules in the RTR, as the same
/// plan and rules software wrote them, four weeks before today (and an iteration before that, four weeks earlier).
/// </summary>
internal static class IterationStart
{
    private const int WeeksBetween = 4;

    public static void Seed(SimulatedWorld world)
    {
        if (IterationPacks.For(world.Profile.Iteration).Vanaf is { } earlier)
        {
            Replay(world, IterationPacks.For(earlier), world.Today.AddDays(-7 * WeeksBetween));
        }
    }

    private static void Replay(SimulatedWorld world, IterationPack pack, DateOnly on)
    {
        if (pack.Vanaf is { } before)
        {
            Replay(world, IterationPacks.For(before), on.AddDays(-7 * WeeksBetween));
        }

        var municipality = world.Profile.Municipality;
        var idLevering = $"{municipality.Code}-{pack.Plan.Naam}-iteratie{pack.Iteratie}";
        var change = TestdorpChange.WriteEarlier(world, pack.Plan, idLevering, on);
        var delivery = StopDeliveryReader.TryRead(change.Zip, out var error)
            ?? throw new InvalidOperationException($"Iteration {pack.Iteratie}'s change cannot be read: {error}");
        LvbbPublisher.Publish(world, new LvbbOpdracht
        {
            IdLevering = idLevering,
            IdBevoegdGezag = municipality.Oin,
            Soort = LvbbOpdrachtSoort.Publicatie,
            OntvangenOp = new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Delivery = delivery,
            Meldingen = [],
        });
        if (new ChangeInspection(delivery).ActivityId is { } activity)
        {
            Deliver(world, pack, activity, on);
        }
    }

    /// <summary>The rules that iteration's rules software wrote for its activity, in the RTR since <paramref name="since"/>.</summary>
    private static void Deliver(SimulatedWorld world, IterationPack pack, string activity, DateOnly since)
    {
        var location = world.Ozon.FindActivity(activity)?.LocationIds.FirstOrDefault();
        var rules = SimulatedRulesSoftware.Write(pack.Regelbeheer, activity, location, overlap: false);
        var idLevering = $"TR-{world.Profile.Municipality.Code}-iteratie{pack.Iteratie}";
        var at = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var i = 0; i < rules.Files.Count; i++)
        {
            var file = rules.Files[i];
            world.Rtr.Add(new DeliveredRuleSet($"{idLevering}-{i + 1}", rules.FunctioneleStructuurRef, activity, file.Type, file.FileName, file.Xml, since, idLevering, at));
        }

        foreach (var werkzaamheid in rules.Werkzaamheden)
        {
            world.Rtr.Add(new RtrWerkzaamheid(FunctioneleStructuurRef.ForWerkzaamheid(werkzaamheid), werkzaamheid, rules.FunctioneleStructuurRef, since));
        }
    }
}
