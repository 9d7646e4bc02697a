using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.World;
using NetTopologySuite.IO;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// What the practice environment holds before a run (fixture <c>bestaande-inhoud.json</c>): a
/// bruidsschat activity and its werkingsgebied, and a milieu activity whose indieningsvereisten the RTR
/// already holds (so an aanvraag can name it beside the dakkapel). Seeded into Ozon as existing content (no regeling),
/// so the RTR lists the activity and the rules sub-chain can start from it (<c>--from-activity</c>).
/// </summary>
public static class ExistingContent
{
    public const string FileName = "bestaande-inhoud.json";

    /// <summary>The id of the bruidsschat activity the fixture holds.</summary>
    public const string BruidsschatActivityId = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

    /// <summary>The id of the existing milieu activity (with indieningsvereisten in the RTR) a behandeldienst can handle.</summary>
    public const string MilieuActivityId = "nl.imow-gm9999.activiteit.milieubelastendeactiviteit";

    /// <summary>Since when the existing toepasbare regels are in force.</summary>
    public static readonly DateOnly InForceSince = new(2024, 1, 1);

    public static void SeedInto(SimulatedWorld world)
    {
        var content = RulesFixtures.ReadJson<ExistingContentFile>(FileName);
        var reader = new WKTReader();
        foreach (var location in content.Locaties)
        {
            var geometry = reader.Read(location.Wkt);
            geometry.SRID = 28992;
            world.Ozon.Add(new PublishedLocation(location.OwId, location.Noemer, geometry));
        }

        foreach (var activity in content.Activiteiten)
        {
            world.Ozon.Add(new PublishedActivity(activity.OwId, activity.Naam, activity.BevoegdGezag, activity.Locaties, RegelingWorkId: null));
            foreach (var regel in activity.ToepasbareRegels ?? [])
            {
                world.Rtr.Add(new DeliveredRuleSet(
                    $"bestaand-{regel.Bestand}", FunctioneleStructuurRef.For(activity.OwId), activity.OwId, regel.Type, regel.Bestand,
                    RulesFixtures.Read(regel.Bestand), InForceSince, "bestaande-inhoud", DateTimeOffset.MinValue));
            }
        }
    }
}
