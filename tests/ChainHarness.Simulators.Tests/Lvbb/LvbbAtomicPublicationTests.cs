using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// Publication is atomic: the Testdorp change with a GML ring that does not close passes the checks but cannot
/// be handed to Ozon; the publicatieOpdracht is refused and leaves Ozon (regeling version, texts, activities,
/// locations, annotations) and officielebekendmakingen.nl exactly as they were.
/// </summary>
public sealed class LvbbAtomicPublicationTests
{
    [Test]
    public async Task PublicationThatFailsMidway_IsRefusedAndLeavesTheWorldUnchanged()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time)).Start();
        var world = lvbb.World;
        var regeling = TestdorpPlan.RegelingWork("gm9999");
        var before = (world.OzonDocuments.Regelingen.ToList(), world.OzonDocuments.Artikelen(regeling).ToList(), world.OzonDocuments.Annotaties.ToList(),
            world.Ozon.Activities.ToList(), world.Ozon.Locations.ToList(), world.Bekendmakingen.All.ToList());
        var files = DeliveryEdits.Testdorp(world).Edit("dakkapellen.gml", gml => gml.Replace("154890 462905</gml:posList>", "154900 462905</gml:posList>", StringComparison.Ordinal));

        var (status, _, _) = await SimHttp.PostZipAsync(new Uri($"{lvbb.BaseUrl}/opdrachten"), OpdrachtRewriter.Rewrite(DeliveryZip.Write(files), LvbbOpdrachtSoort.Publicatie, "lev-1"));
        time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(new Uri($"{lvbb.BaseUrl}/opdrachten/lev-1/verslag"));

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Afgekeurd), verslag.ToJsonString());
        Assert.That((string?)verslag["meldingen"]![0]!["code"], Is.EqualTo("CHS-SIM-01"), "refused while publishing, not by a check before it");
        Assert.That(world.OzonDocuments.Regelingen, Is.EqualTo(before.Item1), "the regeling keeps its version");
        Assert.That(world.OzonDocuments.Artikelen(regeling), Is.EqualTo(before.Item2), "and its text");
        Assert.That(world.OzonDocuments.Annotaties, Is.EqualTo(before.Item3));
        Assert.That(world.Ozon.Activities, Is.EquivalentTo(before.Item4));
        Assert.That(world.Ozon.Locations, Is.EquivalentTo(before.Item5));
        Assert.That(world.Bekendmakingen.All, Is.EqualTo(before.Item6), "nothing is made known");
    }
}
