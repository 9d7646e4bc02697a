using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.World;
using NetTopologySuite.IO;

namespace ChainHarness.Simulators.Rtr;

/// <summary>
/// What the practice environment holds before a run (fixture <c>bestaande-inhoud.json</c>): a
/// bruidsschat activity and its werkingsgebied. Seeded into Ozon as existing content (no regeling),
/// so the RTR lists the activity and the rules sub-chain can start from it (<c>--from-activity</c>).
/// </summary>
public static class ExistingContent
{
    public const string FileName = "bestaande-inhoud.json";

    /// <summary>The id of the bruidsschat activity the fixture holds.</summary>
    public const string BruidsschatActivityId = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

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
        }
    }
}
