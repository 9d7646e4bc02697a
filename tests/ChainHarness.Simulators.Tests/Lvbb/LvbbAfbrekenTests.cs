using System.Text.Json.Nodes;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// A breekPublicatieAfOpdracht over the plain HTTP upload, as a supplier sends it: a publication whose
/// datumBekendmaking has not come is withdrawn (its bekendmaking gone, its number unused, Ozon back to the version
/// before it; uitkomst ok); the LVBB's own codes refuse the rest (uitkomst behandeling-mislukt) and leave it standing.
/// </summary>
public sealed class LvbbAfbrekenTests
{
    private const string NewArticle = "gm9999_1__chp_5__art_5.1";

    [Test]
    public async Task Afbreken_BeforeItsDatumBekendmaking_WithdrawnAndItsNumberStaysUnused()
    {
        using var run = new LvbbRun();
        var before = await run.PresentedAsync();
        var publicatie = await PublishAsync(run, "pub-1");
        Assert.That(await run.BekendmakingenAsync(), Is.EqualTo(new[] { (string?)publicatie["bekendmaking"] }));

        var (status, _, verslag) = await run.SendAsync(LvbbDeliveries.Afbreken("afb-1", run.World.Profile.Municipality.Oin, (string)publicatie["besluit"]!));

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Afgebroken), verslag.ToJsonString());
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("ok"));
        Assert.That(await run.BekendmakingenAsync(), Is.Empty, "the bekendmaking is withdrawn");
        Assert.That((await run.PresentedAsync()).ToJsonString(), Is.EqualTo(before.ToJsonString()), "Ozon presents the version before it");
        Assert.That(await run.AnnotatedAsync(), Does.Not.Contain(NewArticle));

        var again = await PublishAsync(run, "pub-2");
        Assert.That((string?)again["bekendmaking"], Is.EqualTo((string?)publicatie["bekendmaking"]), "the broken-off publication used up no number");
    }

    [Test]
    public async Task Afbreken_OnceItsDatumBekendmakingHasCome_BehandelingMisluktLvbb1553AndItStays()
    {
        using var run = new LvbbRun();
        var publicatie = await PublishAsync(run, "pub-1");
        var presented = await run.PresentedAsync();
        run.Time.Advance(TimeSpan.FromDays(2));

        var verslag = await RefusedAsync(run, LvbbDeliveries.Afbreken("afb-1", run.World.Profile.Municipality.Oin, (string)publicatie["besluit"]!), MeldingCodes.AfbrekenDatumVerstreken);

        Assert.That((string?)verslag["status"], Is.EqualTo(VerslagStatus.Afgekeurd));
        Assert.That(await run.BekendmakingenAsync(), Is.EqualTo(new[] { (string?)publicatie["bekendmaking"] }));
        Assert.That((await run.PresentedAsync()).ToJsonString(), Is.EqualTo(presented.ToJsonString()));
    }

    [Test]
    public async Task Afbreken_ByAnotherBevoegdGezag_Lvbb1568()
    {
        using var run = new LvbbRun();
        var publicatie = await PublishAsync(run, "pub-1");

        await RefusedAsync(run, LvbbDeliveries.Afbreken("afb-1", "00000001002564440000", (string)publicatie["besluit"]!), MeldingCodes.AfbrekenAnderBevoegdGezag);

        Assert.That(await run.BekendmakingenAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Afbreken_OfABesluitNeverPublished_Lvbb1551()
    {
        using var run = new LvbbRun();

        await RefusedAsync(run, LvbbDeliveries.Afbreken("afb-1", run.World.Profile.Municipality.Oin, "/akn/nl/bill/gm9999/2026/nooit"), MeldingCodes.AfbrekenAknBestaatNiet);
    }

    [Test]
    public async Task Afbreken_AfterADirecteMutatieBuiltOnIt_Lvbb1558AndBothStay()
    {
        using var run = new LvbbRun();
        var publicatie = await PublishAsync(run, "pub-1");
        var (_, _, mutatie) = await run.SendAsync(LvbbDeliveries.DirecteMutatie(run.World, "dm-1"));
        Assert.That((string?)mutatie!["uitkomst"], Is.EqualTo("ok"), mutatie.ToJsonString());
        var presented = await run.PresentedAsync();

        await RefusedAsync(run, LvbbDeliveries.Afbreken("afb-1", run.World.Profile.Municipality.Oin, (string)publicatie["besluit"]!), MeldingCodes.AfbrekenLaterGebruikt);

        Assert.That(await run.BekendmakingenAsync(), Has.Count.EqualTo(1));
        Assert.That((await run.PresentedAsync()).ToJsonString(), Is.EqualTo(presented.ToJsonString()));
    }

    [Test]
    public async Task Afbreken_Twice_TheSecondFindsNothingLvbb1551()
    {
        using var run = new LvbbRun();
        var publicatie = await PublishAsync(run, "pub-1");
        var afbreken = (string id) => LvbbDeliveries.Afbreken(id, run.World.Profile.Municipality.Oin, (string)publicatie["besluit"]!);
        var (_, _, first) = await run.SendAsync(afbreken("afb-1"));
        Assert.That((string?)first!["uitkomst"], Is.EqualTo("ok"), first.ToJsonString());

        await RefusedAsync(run, afbreken("afb-2"), MeldingCodes.AfbrekenAknBestaatNiet);
    }

    [Test]
    public async Task RealAfbreken_OfGeonovumsWijzigingsbesluit_Lvbb1568AsDeliveredThenWithdrawnWhenItsOwnBevoegdGezagSendsIt()
    {
        var wijziging = RealDeliveries.Load("Sanity-check-testeiland/2_Wijzigingsbesluit");
        using var run = new LvbbRun(new DateTimeOffset(RealDeliveries.DayBefore(wijziging), TimeOnly.MinValue, TimeSpan.Zero));
        const string Besluit = "/akn/nl/bill/gm9920/2021/TestNummer2";
        const string Regeling = "/akn/nl/act/gm9920/2021/TestReeksNummer1";
        var (_, _, initieel) = await run.SendAsync(DeliveryZip.Write(RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit")));
        var held = run.World.OzonDocuments.FindRegeling(Regeling)?.ExpressionId;
        var (_, _, gewijzigd) = await run.SendAsync(DeliveryZip.Write(wijziging));
        Assert.That(((string?)initieel!["uitkomst"], (string?)gewijzigd!["uitkomst"]), Is.EqualTo(("gepubliceerd", "gepubliceerd")), gewijzigd.ToJsonString());
        Assert.That(await run.BekendmakingenAsync(Besluit), Has.Count.EqualTo(1));
        Assert.That(run.World.OzonDocuments.FindRegeling(Regeling)!.ExpressionId, Is.Not.EqualTo(held));
        var afbreken = RealDeliveries.Load("Sanity-check-testeiland/8_Afbreken");

        await RefusedAsync(run, DeliveryZip.Write(afbreken), MeldingCodes.AfbrekenAnderBevoegdGezag);
        var (_, _, verslag) = await run.SendAsync(DeliveryZip.Write(afbreken.Edit("opdracht.xml", x => x
            .Replace("00000001807288111000", "00000001002564440000", StringComparison.Ordinal)
            .Replace("4_Testeiland_Afbreken_001", "4_Testeiland_Afbreken_002", StringComparison.Ordinal))));

        Assert.That((string?)verslag!["uitkomst"], Is.EqualTo("ok"), verslag.ToJsonString());
        Assert.That(await run.BekendmakingenAsync(Besluit), Is.Empty);
        Assert.That(await run.BekendmakingenAsync("/akn/nl/bill/gm9920/2021/TestNummer1Initieel"), Has.Count.EqualTo(1), "the initial besluit stays");
        Assert.That(run.World.OzonDocuments.FindRegeling(Regeling)!.ExpressionId, Is.EqualTo(held), "the regeling is back at the initial version");
    }

    private static async Task<JsonNode> PublishAsync(LvbbRun run, string idLevering)
    {
        var (_, _, verslag) = await run.SendAsync(LvbbDeliveries.Publicatie(run.World, idLevering));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Gepubliceerd), verslag.ToJsonString());
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("gepubliceerd"));
        return verslag["publicatie"]!;
    }

    /// <summary>Taken in (202), then not carried out: uitkomst behandeling-mislukt with the code as a fout.</summary>
    private static async Task<JsonNode> RefusedAsync(LvbbRun run, byte[] zip, string code)
    {
        var (status, answer, verslag) = await run.SendAsync(zip);
        Assert.That(status, Is.EqualTo(202), answer?.ToJsonString());
        Assert.That((string?)verslag!["uitkomst"], Is.EqualTo("behandeling-mislukt"), verslag.ToJsonString());
        Assert.That(verslag["meldingen"]!.AsArray().Where(m => (string?)m!["ernst"] == "fout").Select(m => (string?)m!["code"]), Is.EqualTo(new[] { code }));
        return verslag;
    }
}
