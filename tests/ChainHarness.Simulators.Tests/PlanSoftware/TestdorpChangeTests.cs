using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.PlanSoftware;

public sealed class TestdorpChangeTests
{
    private static readonly DeliveryCheckContext Today = new() { Today = DateOnly.FromDateTime(TestWorlds.Now.UtcDateTime) };

    [Test]
    public void Write_Change_HasEveryPartOfADeliveryAgainstTheVersionOzonShows()
    {
        var delivery = StopDeliveryReader.Read(DeliveryEdits.Testdorp(TestWorlds.Create()));

        Assert.That(delivery.Files.Select(f => f.Name), Is.EquivalentTo(new[]
        {
            "opdracht.xml", "manifest.xml", "besluit-dakkapellen.xml", "gio-dakkapellen.xml", "dakkapellen.gml",
            "manifest-ow.xml", "owActiviteiten.xml", "owLocaties.xml", "owRegelteksten.xml",
        }));
        Assert.That(delivery.Opdracht!.DatumBekendmaking, Is.EqualTo("2026-03-03"), "tomorrow, so not in the past");
        Assert.That(delivery.Besluit!.RegelingExpressionIds, Is.EqualTo(new[] { "/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2" }));
        Assert.That(delivery.OwManifest!.Files.Select(f => f.Naam), Is.EquivalentTo(new[] { "owActiviteiten.xml", "owLocaties.xml", "owRegelteksten.xml" }));
        Assert.That(delivery.Rules.Single().ActivityIds, Is.EqualTo(new[] { "nl.imow-gm9999.activiteit.dakkapelbouwen" }));
    }

    [Test]
    public void Write_Change_IsValidAgainstTheOfficialSchemas()
    {
        var context = Today with { Schemas = StopSchemaValidator.For(RealDeliveries.Schemas) };

        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create()).Validate(context);

        Assert.That(meldingen, Is.Empty, LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Write_Change_NoFoutFromTheOfficialXsdAndSchematron()
    {
        var context = Today with { Official = RealDeliveries.Official() };

        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create()).Validate(context);

        Assert.That(meldingen.Where(m => m.IsFout), Is.Empty, LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Write_F7_DatumBekendmakingYesterday()
    {
        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create(PlanFaults.F7)).Validate(Today);

        Assert.That(meldingen.Single().Code, Is.EqualTo(MeldingCodes.DatumBekendmakingInVerleden));
        Assert.That(meldingen.Single().Beschrijving, Is.EqualTo("datumBekendmaking 2026-03-01 ligt in het verleden (vandaag is 2026-03-02)."));
    }

    [Test]
    public void Write_Change_FitsTheVersionTheLvbbHolds()
    {
        var world = TestWorlds.Create();

        var meldingen = DeliveryEdits.Testdorp(world).Validate(DeliveryCheckContexts.For(world));

        Assert.That(meldingen, Is.Empty, LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Write_F8_ChangesADraftVersionTheLvbbNeverReceived()
    {
        var world = TestWorlds.Create(PlanFaults.F8);

        var meldingen = DeliveryEdits.Testdorp(world).Validate(DeliveryCheckContexts.For(world));

        var melding = meldingen.Single();
        Assert.That(melding.Code, Is.EqualTo(MeldingCodes.MutatieVanOnbekendeVersie));
        Assert.That(melding.Soort, Is.EqualTo(MeldingSoort.Mutatie));
        Assert.That(melding.Beschrijving, Is.EqualTo(
            "besluit-dakkapellen.xml: de RegelingMutatie wijzigt versie /akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2 van regeling "
            + "/akn/nl/act/gm9999/2024/omgevingsplan, maar de LVBB heeft versie /akn/nl/act/gm9999/2024/omgevingsplan/nld@2024-01-01;1: "
            + "een wijziging op een versie die de LVBB nooit ontving is niet te valideren."));
    }

    [Test]
    public void Write_F6_RuleTextWithoutActivityOrJuridischeRegel_StillValid()
    {
        var files = DeliveryEdits.Testdorp(TestWorlds.Create(PlanFaults.F6));
        var delivery = StopDeliveryReader.Read(files);

        Assert.That(delivery.Rules, Is.Empty);
        Assert.That(delivery.ObjectsOfType("Activiteit"), Is.Empty);
        Assert.That(delivery.ObjectsOfType("Regeltekst").Count(), Is.EqualTo(1));
        Assert.That(files.Validate(Today), Is.Empty, "a weak annotation is legal: the LVBB accepts it");
    }

    [Test]
    public void Write_OtherMunicipality_UsesItsCodeNameAndOin()
    {
        var profile = new ProfileOptions { Municipality = new() { Code = "gm0363", Name = "Amsterdam", Oin = "00000001002564440000" } };
        var world = TestWorlds.Create(new FakeTimeProvider(TestWorlds.Now), profile);

        var delivery = StopDeliveryReader.Read(DeliveryEdits.Testdorp(world));

        Assert.That(delivery.Opdracht!.IdBevoegdGezag, Is.EqualTo("00000001002564440000"));
        Assert.That(delivery.OwManifest!.WorkIdRegeling, Is.EqualTo("/akn/nl/act/gm0363/2024/omgevingsplan"));
        Assert.That(delivery.OwObjects.Select(o => o.Id), Has.All.StartsWith("nl.imow-gm0363."));
    }
}
