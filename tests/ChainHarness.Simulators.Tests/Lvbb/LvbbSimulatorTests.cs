using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

public sealed class LvbbSimulatorTests
{
    [Test]
    public async Task PostOpdracht_NotAZip_400AfgewezenWithItsMelding()
    {
        using var lvbb = Start(TestWorlds.Create());

        var (status, body, _) = await SimHttp.PostZipAsync(Opdrachten(lvbb), "plain text"u8.ToArray());

        Assert.That(status, Is.EqualTo(400));
        Assert.That((string?)body!["status"], Is.EqualTo(LvbbVerzoekresultaat.Afgewezen));
        Assert.That((string?)body["meldingen"]![0]!["code"], Is.EqualTo(MeldingCodes.ZipOnleesbaar));
    }

    [Test]
    public async Task PostOpdracht_Validatie_202ThenNoVerslagUntilTheProcessingDelayHasPassed()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = Start(TestWorlds.Create(time));

        var (status, body, _) = await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(lvbb.World, LvbbOpdrachtSoort.Validatie, "lev-1"));
        var early = await SimHttp.GetAsync(Verslag(lvbb, "lev-1"));
        time.Advance(TestWorlds.LvbbDelay);
        var late = await SimHttp.GetAsync(Verslag(lvbb, "lev-1"));

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)body!["status"], Is.EqualTo(LvbbVerzoekresultaat.Ontvangen));
        Assert.That(early.Status, Is.EqualTo(404));
        Assert.That((string?)early.Body!["detail"], Does.Contain("nog in verwerking"));
        Assert.That(late.Status, Is.EqualTo(200));
        Assert.That((string?)late.Body!["status"], Is.EqualTo(VerslagStatus.Gevalideerd));
        Assert.That(lvbb.World.OzonDocuments.Annotaties, Is.Empty, "a validatieOpdracht publishes nothing");
    }

    [Test]
    public async Task PostOpdracht_SameIdLeveringTwice_SecondIsRefused()
    {
        using var lvbb = Start(TestWorlds.Create());
        await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(lvbb.World, LvbbOpdrachtSoort.Validatie, "lev-1"));

        var (status, body, _) = await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(lvbb.World, LvbbOpdrachtSoort.Publicatie, "lev-1"));

        Assert.That(status, Is.EqualTo(400));
        Assert.That((string?)body!["meldingen"]![0]!["code"], Is.EqualTo(MeldingCodes.IdLeveringAlGebruikt));
    }

    [Test]
    public async Task PostOpdracht_PublicatieInThePast_VerslagAfgekeurdWithLvbb1501AndNothingPublished()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = Start(TestWorlds.Create(time, PlanFaults.F7));

        await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(lvbb.World, LvbbOpdrachtSoort.Publicatie, "lev-1"));
        time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(Verslag(lvbb, "lev-1"));

        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Afgekeurd));
        Assert.That((string?)verslag["meldingen"]![0]!["code"], Is.EqualTo(MeldingCodes.DatumBekendmakingInVerleden));
        Assert.That(lvbb.World.Bekendmakingen.All, Is.Empty);
    }

    [Test]
    public async Task PostOpdracht_Publicatie_ConsolidatesAndHandsEverythingOn()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = Start(TestWorlds.Create(time));
        var world = lvbb.World;

        await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(world, LvbbOpdrachtSoort.Publicatie, "lev-1"));
        time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(Verslag(lvbb, "lev-1"));

        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Gepubliceerd));
        Assert.That((string?)verslag["publicatie"]!["bekendmaking"], Is.EqualTo("gmb-2026-1"));
        Assert.That(world.OzonDocuments.FindRegeling(TestdorpPlan.RegelingWork("gm9999"))!.Versie, Is.EqualTo(2));
        Assert.That(world.Ozon.FindActivity("nl.imow-gm9999.activiteit.dakkapelbouwen")!.LocationIds, Is.EqualTo(new[] { "nl.imow-gm9999.gebied.dakkapellencentrum" }));
        Assert.That(world.Ozon.FindLocation("nl.imow-gm9999.gebied.dakkapellencentrum")!.Geometry.Area, Is.GreaterThan(0));
        Assert.That(world.OzonDocuments.Annotaties.Single().WId, Is.EqualTo("gm9999_1__chp_5__art_5.1"));
        Assert.That(world.Bekendmakingen.All.Single().Publicatieblad, Is.EqualTo("Gemeenteblad"));
    }

    [Test]
    public async Task PostOpdracht_PublicatieUnderF9_NoVerslagEver()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = Start(TestWorlds.Create(time, PlanFaults.F9));

        await SimHttp.PostZipAsync(Opdrachten(lvbb), Zip(lvbb.World, LvbbOpdrachtSoort.Publicatie, "lev-1"));
        time.Advance(TimeSpan.FromDays(1));
        var (status, _, _) = await SimHttp.GetAsync(Verslag(lvbb, "lev-1"));

        Assert.That(status, Is.EqualTo(404));
    }

    [Test]
    public async Task PostOpdracht_RealDeliveryAsOfItsDate_PublishesItsActivityAndLocation()
    {
        var files = RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit");
        var time = new FakeTimeProvider(new DateTimeOffset(RealDeliveries.DayBefore(files), TimeOnly.MinValue, TimeSpan.Zero));
        using var lvbb = Start(TestWorlds.Create(time));
        var world = lvbb.World;

        var (status, _, _) = await SimHttp.PostZipAsync(Opdrachten(lvbb), DeliveryZip.Write(files));
        time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(Verslag(lvbb, "RdG_SanityCheck_001_gemaaktOp_"));

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Gepubliceerd), verslag.ToJsonString());
        Assert.That(world.Ozon.FindActivity("nl.imow-gm9920.activiteit.sanitycheckdatum")!.Naam, Is.EqualTo("lekker sanity checken"));
        Assert.That(world.Ozon.FindLocation("nl.imow-gm9920.gebied.Testeiland")!.Geometry.Contains(new NetTopologySuite.Geometries.Point(98_500, 540_800)), Is.True);
    }

    [Test]
    public async Task PostOpdracht_RealAfbrekenOpdrachtWithNothingPublished_TakenInThenBehandelingMisluktLvbb1551()
    {
        var files = RealDeliveries.Load("Sanity-check-testeiland/8_Afbreken");
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = Start(TestWorlds.Create(time));

        var (status, body, _) = await SimHttp.PostZipAsync(Opdrachten(lvbb), DeliveryZip.Write(files));
        time.Advance(TestWorlds.LvbbDelay);
        var (_, verslag, _) = await SimHttp.GetAsync(Verslag(lvbb, "4_Testeiland_Afbreken_001"));

        Assert.That(status, Is.EqualTo(202), body?.ToJsonString());
        Assert.That((string?)verslag!["soortOpdracht"], Is.EqualTo(LvbbOpdrachtSoort.BreekPublicatieAf));
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("behandeling-mislukt"), verslag.ToJsonString());
        Assert.That(verslag["meldingen"]!.AsArray().Where(m => (string?)m!["ernst"] == "fout").Select(m => (string?)m!["code"]), Is.EqualTo(new[] { MeldingCodes.AfbrekenAknBestaatNiet }));
        Assert.That((string?)verslag["meldingen"]![0]!["beschrijving"], Does.Contain("/akn/nl/bill/gm9920/2021/TestNummer2"));
    }

    [Test]
    public async Task GetVerslag_UnknownIdLevering_404()
    {
        using var lvbb = Start(TestWorlds.Create());

        var (status, body, contentType) = await SimHttp.GetAsync(Verslag(lvbb, "nooit"));

        Assert.That(status, Is.EqualTo(404));
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        Assert.That((string?)body!["detail"], Does.Contain("geen opdracht met idLevering nooit"));
    }

    private static LvbbSimulator Start(SimulatedWorld world) => (LvbbSimulator)new LvbbSimulator(world).Start();

    private static Uri Opdrachten(LvbbSimulator lvbb) => new($"{lvbb.BaseUrl}/opdrachten");

    private static Uri Verslag(LvbbSimulator lvbb, string id) => new($"{lvbb.BaseUrl}/opdrachten/{id}/verslag");

    private static byte[] Zip(SimulatedWorld world, string soort, string id) =>
        OpdrachtRewriter.Rewrite(DeliveryZip.Write(DeliveryEdits.Testdorp(world)), soort, id);
}
