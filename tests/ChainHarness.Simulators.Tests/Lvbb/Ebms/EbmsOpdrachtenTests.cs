using System.Xml.Linq;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;
using static ChainHarness.Simulators.Tests.Lvbb.Ebms.EbmsBronhouder;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>
/// The directe mutatie and afbreken services over Digikoppeling ebMS2, sent by a client that shares no project code:
/// the same intake as the plain HTTP upload, the world changed the same way, and answers whose verzoekresultaat
/// validates against the official LVBB transport XSD of the party's version (shared/reference; skipped when absent).
/// </summary>
public sealed class EbmsOpdrachtenTests
{
    [TestCase("1.3.0-ic")]
    [TestCase("1.2.0")]
    public async Task DirecteMutatie_VoortgangThenOk_TheRegelingChangedAndNothingMadeKnown(string versie)
    {
        SharedReference.RequireFolder("stop-lvbb-schemas-1.4.1-ic");
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, versie);
        var world = run.Lvbb.World;
        var regeling = ChainHarness.Simulators.PlanSoftware.TestdorpPlan.RegelingWork(world.Profile.Municipality.Code);
        var before = world.OzonDocuments.FindRegeling(regeling)!;

        await SendAsync(run.Lvbb, "directeMutatieVerzoek", "dm-ebms-1", LvbbDeliveries.DirecteMutatie(world, "dm-ebms-1"), "msg-dm@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        var voortgang = await msh.NextAsync();
        var uitkomst = await msh.NextAsync();

        AssertOfficial(voortgang[1], versie);
        AssertOfficial(uitkomst[1], versie);
        Assert.That(XDocument.Parse(uitkomst[1]).Root!.Name.LocalName, Is.EqualTo("directeMutatieVerzoekResultaat"));
        Assert.That(Verslag(voortgang[1], "voortgang"), Is.EqualTo("validatie-voltooid"));
        Assert.That(Verslag(uitkomst[1], "uitkomst"), Is.EqualTo("ok"), uitkomst[1]);
        Assert.That(XDocument.Parse(uitkomst[1]).Root!.Element(RawEbms.Lvbb + "uitkomst")!.Value, Is.EqualTo("succes"));
        Assert.That(world.OzonDocuments.FindRegeling(regeling)!.Versie, Is.EqualTo(before.Versie + 1));
        Assert.That(world.Bekendmakingen.All, Is.Empty);
    }

    [Test]
    public async Task ValidatieDirecteMutatie_Valide_NothingChanges()
    {
        SharedReference.RequireFolder("stop-lvbb-schemas-1.4.1-ic");
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");
        var world = run.Lvbb.World;
        var before = world.OzonDocuments.Regelingen.ToList();

        await SendAsync(run.Lvbb, "validatieDirecteMutatieVerzoek", "vdm-ebms-1", LvbbDeliveries.DirecteMutatie(world, "vdm-ebms-1", LvbbOpdrachtSoort.ValidatieDirecteMutatie), "msg-vdm@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        await msh.NextAsync();
        var uitkomst = await msh.NextAsync();

        AssertOfficial(uitkomst[1], "1.3.0-ic");
        Assert.That(Verslag(uitkomst[1], "uitkomst"), Is.EqualTo("valide"), uitkomst[1]);
        Assert.That(world.OzonDocuments.Regelingen, Is.EqualTo(before));
    }

    [Test]
    public async Task RealDirecteMutatie_OfARegelingNeverPublished_NietValideWithLvbb1600()
    {
        var folder = SharedReference.RequireFolder(Path.Combine("lvbb-test-deliveries", "Sanity-check-testeiland/7_DirecteMutatie"));
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");

        await SendAsync(run.Lvbb, "directeMutatieVerzoek", "dm-ebms-2", RawEbms.Zip(folder, "dm-ebms-2"), "msg-dm2@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        await msh.NextAsync();
        var uitkomst = await msh.NextAsync();

        AssertOfficial(uitkomst[1], "1.3.0-ic");
        Assert.That(Verslag(uitkomst[1], "uitkomst"), Is.EqualTo("niet-valide"), uitkomst[1]);
        Assert.That(uitkomst[1], Does.Contain("LVBB1600").And.Contain("/akn/nl/act/gm0297/2019/reg456"));
    }

    [Test]
    public async Task BreekPublicatieAf_AfterAPublicatie_OkWithoutVoortgang_TheBekendmakingWithdrawn()
    {
        SharedReference.RequireFolder("stop-lvbb-schemas-1.4.1-ic");
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");
        var world = run.Lvbb.World;
        await SendAsync(run.Lvbb, "publicatieVerzoek", "pub-ebms-1", LvbbDeliveries.Publicatie(world, "pub-ebms-1"), "msg-p@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        await msh.NextAsync();
        Assert.That(Verslag((await msh.NextAsync())[1], "uitkomst"), Is.EqualTo("gepubliceerd"));
        var besluit = world.Bekendmakingen.All.Single().Besluit;

        await SendAsync(run.Lvbb, "breekPublicatieAfVerzoek", "afb-ebms-1", LvbbDeliveries.Afbreken("afb-ebms-1", world.Profile.Municipality.Oin, besluit), "msg-a@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        var answer = await msh.NextAsync();

        AssertOfficial(answer[1], "1.3.0-ic");
        Assert.That(XDocument.Parse(answer[1]).Root!.Name.LocalName, Is.EqualTo("breekPublicatieAfVerzoekResultaat"));
        Assert.That(Verslag(answer[1], "uitkomst"), Is.EqualTo("ok"), answer[1]);
        Assert.That(Verslag(answer[1], "voortgang"), Is.Null, "an afbreken verslag has no voortgang");
        Assert.That(world.Bekendmakingen.All, Is.Empty);
    }
}
