using System.Text.RegularExpressions;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Checks;

/// <summary>
/// Geonovum's real deliveries (all valid) pass the simulated LVBB as of their own date, and each
/// becomes invalid with the right melding when one thing in it is broken.
/// </summary>
public sealed class RealDeliveryValidationTests
{
    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.Publicaties))]
    public void Validate_RealDelivery_NoFout(string folder)
    {
        var files = RealDeliveries.Load(folder);

        var meldingen = files.Validate(RealDeliveries.AsOfItsDate(files));

        Assert.That(meldingen.Where(m => m.IsFout), Is.Empty, LvbbJson.Describe(meldingen));
    }

    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.Publicaties))]
    public void Validate_RealDeliveryWithTheOfficialSchemas_NoFout(string folder)
    {
        var files = RealDeliveries.Load(folder);
        var context = RealDeliveries.AsOfItsDate(files) with { Schemas = StopSchemaValidator.For(RealDeliveries.Schemas) };

        var meldingen = files.Validate(context);

        Assert.That(meldingen.Where(m => m.IsFout), Is.Empty, LvbbJson.Describe(meldingen));
    }

    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.Publicaties))]
    public void Validate_RealDeliveryWithAManifestEntryRemoved_FileNotInManifest(string folder)
    {
        var files = RealDeliveries.Load(folder);
        var besluit = StopDeliveryReader.Read(files).Opdracht!.Publicatie!;
        var broken = files.Edit("manifest.xml", x => Regex.Replace(x, $@"<(\w+:)?bestand>\s*<(\w+:)?bestandsnaam>{Regex.Escape(besluit)}</(\w+:)?bestandsnaam>[\s\S]*?</(\w+:)?bestand>", ""));

        var meldingen = broken.Validate(RealDeliveries.AsOfItsDate(files));

        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.BestandNietInManifest && m.Beschrijving.StartsWith(besluit, StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }

    [TestCase("Sanity-check-testeiland/1_Initieel_Besluit", "nl.imow-gm9920.activiteit.sanitycheckdatum")]
    [TestCase("Sanity-check-testeiland/1_Initieel_BesluitZonderActiviteiten", "nl.imow-gm9920.regeltekst.sanitycheckdatum")]
    [TestCase("OmgevingsvisieDirectMuteren/1_Besluit", "nl.imow-pv28.divisietekst.010000070000010000000002")]
    public void Validate_RealDeliveryWithAnOwIdOfAnotherBevoegdGezag_Fout(string folder, string id)
    {
        var files = RealDeliveries.Load(folder);
        var foreign = Regex.Replace(id, "^nl\\.imow-[a-z]+[0-9]+", "nl.imow-gm0363");

        var meldingen = files.EditAll(id, foreign).Validate(RealDeliveries.AsOfItsDate(files));

        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.OwIdAnderBevoegdGezag && m.Beschrijving.Contains(foreign, StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }

    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.WithOwReferences))]
    public void Validate_RealDeliveryWithADanglingReference_Fout(string folder)
    {
        var files = RealDeliveries.Load(folder);
        var owner = StopDeliveryReader.Read(files).OwObjects.First(o => o.References.Any(r => OwId.LooksLikeOwId(r.Target) && r.Role != "bovenliggendeActiviteit"));
        var target = owner.References.First(r => OwId.LooksLikeOwId(r.Target) && r.Role != "bovenliggendeActiviteit").Target;

        var meldingen = files.Edit(owner.File, x => x.Replace($"\"{target}\"", $"\"{target}weg\"")).Validate(RealDeliveries.AsOfItsDate(files));

        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.OwVerwijzingOnbekend && m.Beschrijving.Contains(target + "weg", StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }

    [TestCase("validatieOpdracht_initieel.zip")]
    [TestCase("publicatieOpdracht_initieel.zip")]
    [TestCase("intrekkingOpdracht_initieel.zip")]
    public void Validate_Real2025DeliveryZip_NoFout(string zip)
    {
        var path = Path.Combine(SharedReference.RequireFolder("omgevingswet-testsuitetool-samples/InputVoorbeeld"), zip);
        var files = DeliveryZip.TryRead(File.ReadAllBytes(path), out _)!.ToList();
        var context = RealDeliveries.AsOfItsDate(files) with { Schemas = StopSchemaValidator.For(RealDeliveries.Schemas) };

        var meldingen = files.Validate(context);

        Assert.That(meldingen.Where(m => m.IsFout), Is.Empty, LvbbJson.Describe(meldingen));
    }

    [TestCase("Sanity-check-testeiland/1_Initieel_Besluit", "owActiviteiten.xml", "<rol:naam>lekker sanity checken</rol:naam>", "<rol:naamX>lekker sanity checken</rol:naamX>")]
    [TestCase("Sanity-check-testeiland/1_Initieel_Besluit", "opdracht.xml", "<idLevering>", "<idLeveringExtra/><idLevering>")]
    [TestCase("Sanity-check-testeiland/1_Initieel_Besluit", "Testeiland.gml", "<gml:posList>", "<gml:posList>noord ")]
    public void Validate_RealDeliveryBrokenAgainstItsSchema_SchemaMelding(string folder, string file, string from, string to)
    {
        var files = RealDeliveries.Load(folder);
        var context = RealDeliveries.AsOfItsDate(files) with { Schemas = StopSchemaValidator.For(RealDeliveries.Schemas) };

        var meldingen = files.Edit(file, x => x.Replace(from, to)).Validate(context);

        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.SchemaOngeldig && m.Beschrijving.StartsWith(file, StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }
}
