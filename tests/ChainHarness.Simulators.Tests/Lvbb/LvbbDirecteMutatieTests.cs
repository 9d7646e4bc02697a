using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// A directe mutatie sent over the plain HTTP upload, as a supplier would: the simulated LVBB takes it in with the
/// same intake as any opdracht, then changes the consolidated omgevingsplan (the version Ozon presents, its text and
/// annotations) without a bekendmaking; its validation changes nothing; one on a regeling the LVBB never published is
/// niet-valide (LVBB1600). The verslag carries the XSD's uitkomst for the kind (ok, valide, niet-valide).
/// </summary>
public sealed class LvbbDirecteMutatieTests
{
    [Test]
    public async Task DirecteMutatie_ChangesWhatOzonPresents_WithoutABekendmaking()
    {
        using var run = new LvbbRun();
        var before = await run.PresentedAsync();
        var zip = LvbbDeliveries.DirecteMutatie(run.World, "dm-1");

        var (status, _, verslag) = await run.SendAsync(zip);
        var after = await run.PresentedAsync();

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Gemuteerd), verslag.ToJsonString());
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("ok"));
        Assert.That(verslag["meldingen"]!.AsArray().Select(m => (string?)m!["ernst"]), Has.None.EqualTo("fout"));
        Assert.That((string?)after["expressionId"], Is.Not.EqualTo((string?)before["expressionId"]).And.EqualTo(Wordt(zip, run.Regeling)), "Ozon presents the version the mutatie makes");
        Assert.That((int?)after["geregistreerdMet"]!["versie"], Is.EqualTo((int?)before["geregistreerdMet"]!["versie"] + 1));
        Assert.That(await run.AnnotatedAsync(), Does.Contain("gm9999_1__chp_5__art_5.1"), "the OW annotations are handed to Ozon");
        Assert.That(run.World.OzonDocuments.Artikelen(run.Regeling).Select(a => a.WId), Does.Contain("gm9999_1__chp_5__art_5.1"), "the text changed");
        Assert.That(await run.BekendmakingenAsync(), Is.Empty, "a directe mutatie is not made known");
        Assert.That((string?)verslag["publicatie"], Is.Null);
    }

    [Test]
    public async Task ValidatieDirecteMutatie_ValideAndNothingChanges()
    {
        using var run = new LvbbRun();
        var before = await run.PresentedAsync();

        var (_, _, verslag) = await run.SendAsync(LvbbDeliveries.DirecteMutatie(run.World, "vdm-1", LvbbOpdrachtSoort.ValidatieDirecteMutatie));

        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Gevalideerd), verslag.ToJsonString());
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("valide"));
        Assert.That((await run.PresentedAsync()).ToJsonString(), Is.EqualTo(before.ToJsonString()));
        Assert.That(await run.AnnotatedAsync(), Does.Not.Contain("gm9999_1__chp_5__art_5.1"));
    }

    [Test]
    public async Task DirecteMutatie_OfARegelingNeverPublished_NietValideLvbb1600AndNothingChanges()
    {
        using var run = new LvbbRun();
        var before = await run.PresentedAsync();
        var zip = LvbbDeliveries.DirecteMutatie(run.World, "dm-2", regeling: "/akn/nl/act/gm9999/2024/parkeren");

        var (status, _, verslag) = await run.SendAsync(zip);

        Assert.That(status, Is.EqualTo(202));
        Assert.That((string?)verslag!["status"], Is.EqualTo(VerslagStatus.Afgekeurd), verslag.ToJsonString());
        Assert.That((string?)verslag["uitkomst"], Is.EqualTo("niet-valide"));
        Assert.That(verslag["meldingen"]!.AsArray().Select(m => (string?)m!["code"]), Does.Contain(MeldingCodes.DirecteMutatieOngepubliceerd));
        Assert.That((await run.PresentedAsync()).ToJsonString(), Is.EqualTo(before.ToJsonString()));
    }

    [Test]
    public async Task DirecteMutatie_WithoutAnOwManifest_NietValideLvbb1027()
    {
        using var run = new LvbbRun();
        var files = DeliveryZip.TryRead(LvbbDeliveries.DirecteMutatie(run.World, "dm-3"), out _)!
            .Where(f => !f.Name.StartsWith("ow", StringComparison.Ordinal) && f.Name is not (StopDeliveryReader.OwManifestFile or StopDeliveryReader.ManifestFile))
            .ToList();

        var (_, _, verslag) = await run.SendAsync(DeliveryZip.Write([.. files, ManifestWriter.Manifest(files)]));

        Assert.That((string?)verslag!["uitkomst"], Is.EqualTo("niet-valide"), verslag.ToJsonString());
        Assert.That(verslag["meldingen"]!.AsArray().Select(m => (string?)m!["code"]), Does.Contain(MeldingCodes.OwManifestVerplicht));
    }

    /// <summary>The version the directe mutatie's RegelingMutatie makes (its <c>wordt</c>).</summary>
    private static string Wordt(byte[] zip, string regeling) =>
        StopDeliveryReader.Read(DeliveryZip.TryRead(zip, out _)!).DirecteMutatie!.RegelingExpressionIds.Single(e => AknIds.WorkOf(e) == regeling);
}
