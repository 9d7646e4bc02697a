using ChainHarness.Engine.Loket;
using System.Globalization;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.RulesSoftware;

/// <summary>
/// Simulated rules-management software of Testdorp. Makes an activity toepasbaar by writing its STTR
/// files from the fixture templates (the iteration's rules plan, by default <c>fixtures/rules/gm9999/regelbeheer.json</c>), pointing them at the
/// activity and its werkingsgebied in Ozon, and packs them for Toepasbare regels aanleveren with a
/// geldigBegindatum of today. Faults: F12 (an outdated location id), F13 (begindatum two weeks
/// ahead), TR-OVERLAP (an overlapping rule in the Conclusie). A tester's own STTR file can be given to it from
/// outside (<see cref="Sjablonen"/>): it is written like a template, in place of the plan's.
/// </summary>
public sealed class SimulatedRulesSoftware(SimulatedWorld world) : IRulesSoftware
{
    /// <summary>Template files given from outside, per regelbeheerobject, that replace the rules plan's (path → read when used).</summary>
    public IDictionary<RegelbeheerobjectType, string> Sjablonen { get; } = new Dictionary<RegelbeheerobjectType, string>();

    public Task<ToepasbareRegelsSet> MakeToepasbaarAsync(string activityId, CancellationToken cancellationToken)
    {
        var location = world.Faults.IsActive(RulesFaults.LocationUnknownToOzon)
            ? $"nl.imow-{world.Profile.Municipality.Code}.gebied.vervallenwerkingsgebied"
            : world.Ozon.FindActivity(activityId)?.LocationIds.FirstOrDefault();
        var regelbeheer = IterationPacks.For(world.Profile.Iteration).Regelbeheer;
        return Task.FromResult(Write(regelbeheer, activityId, location, world.Faults.IsActive(RulesFaults.OverlappingRules), Sjablonen));
    }

    /// <summary>The STTR files and werkzaamheden a rules plan (<c>regelbeheer.json</c> shape, under <c>fixtures/</c>) gives one activity.</summary>
    internal static ToepasbareRegelsSet Write(string regelbeheer, string activityId, string? location, bool overlap, IDictionary<RegelbeheerobjectType, string>? sjablonen = null)
    {
        var plan = RulesFixtures.ReadJson<RegelbeheerFile>(regelbeheer);
        var reference = FunctioneleStructuurRef.For(activityId);
        var files = plan.Bestanden.Select(b => new SttrFile(
            $"{b.Type.ToString().ToLowerInvariant()}-{LocalName(activityId)}.dmn",
            b.Type,
            SttrTemplate.Write(sjablonen?.TryGetValue(b.Type, out var file) == true ? File.ReadAllText(file) : RulesFixtures.Read(b.Sjabloon), reference, location, overlap && b.Type == RegelbeheerobjectType.Conclusie))).ToList();
        return new ToepasbareRegelsSet(activityId, reference, files, plan.Werkzaamheden);
    }

    public Task<RulesDelivery> PrepareDeliveryAsync(ToepasbareRegelsSet rules, CancellationToken cancellationToken)
    {
        var begindatum = world.Faults.IsActive(RulesFaults.FutureBegindatum)
            ? world.Today.AddDays((int)RulesFaults.FutureOffset.TotalDays)
            : world.Today;
        var municipality = world.Profile.Municipality;
        var idLevering = $"TR-{municipality.Code}-{world.Time.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        var opdracht = new AanleverOpdracht(
            idLevering,
            municipality.Oin,
            rules.Files.Select(f => new AanleverBestand(f.FileName, f.Type, begindatum)).ToList(),
            rules.Werkzaamheden.Select(w => new AanleverWerkzaamheid(w, FunctioneleStructuurRef.ForWerkzaamheid(w), rules.FunctioneleStructuurRef, begindatum)).ToList());
        var zip = AanleverPakket.Write(opdracht, rules.Files.ToDictionary(f => f.FileName, f => f.Xml, StringComparer.Ordinal));
        return Task.FromResult(new RulesDelivery(idLevering, zip, begindatum));
    }

    private static string LocalName(string activityId) => activityId[(activityId.LastIndexOf('.') + 1)..];
}
