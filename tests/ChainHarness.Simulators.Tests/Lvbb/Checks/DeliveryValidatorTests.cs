using ChainHarness.Engine.Protocols;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Checks;

/// <summary>Each check of the simulated LVBB, on Testdorp's change with one thing broken.</summary>
public sealed class DeliveryValidatorTests
{
    private const string Activity = "nl.imow-gm9999.activiteit.dakkapelbouwen";
    private const string Gebied = "nl.imow-gm9999.gebied.dakkapellencentrum";

    private static readonly DeliveryCheckContext Context = new() { Today = DateOnly.FromDateTime(TestWorlds.Now.UtcDateTime) };

    /// <summary>The opdracht as a breekPublicatieAfOpdracht of <paramref name="akn"/>.</summary>
    private static string Afbreken(string opdracht, string akn) =>
        opdracht.Replace("publicatieOpdracht", "breekPublicatieAfOpdracht").Replace("</breekPublicatieAfOpdracht>", $"<identificatie>{akn}</identificatie></breekPublicatieAfOpdracht>");

    private static IEnumerable<TestCaseData> BrokenDeliveries()
    {
        TestCaseData Case(string name, Func<List<DeliveryFile>, List<DeliveryFile>> breakIt, string code) =>
            new TestCaseData(breakIt, code).SetName($"Validate_{name}_{code}");

        yield return Case("OpdrachtMissing", f => f.Without("opdracht.xml"), MeldingCodes.OpdrachtOntbreekt);
        yield return Case("OpdrachtNotWellFormed", f => f.Edit("opdracht.xml", x => x.Replace("</idLevering>", "")), MeldingCodes.XmlNietWelgevormd);
        yield return Case("OpdrachtInAnotherNamespace", f => f.Edit("opdracht.xml", x => x.Replace("http://www.overheid.nl/2017/lvbb", "http://example.org/lvbb")), MeldingCodes.OpdrachtNamespace);
        yield return Case("OpdrachtForAnotherService", f => f.Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "revisieOpdracht")), MeldingCodes.OpdrachtSoortNietOndersteund);
        yield return Case("AfbrekenWithoutIdentificatie", f => f.Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "breekPublicatieAfOpdracht")), MeldingCodes.OpdrachtVeldOntbreekt);
        yield return Case("AfbrekenWithAnOwManifest", f => f.Edit("opdracht.xml", x => Afbreken(x, "/akn/nl/bill/gm9999/2026/b1")), MeldingCodes.OwManifestVerboden);
        yield return Case("AfbrekenOfAnActNotABesluit", f => f.Edit("opdracht.xml", x => Afbreken(x, "/akn/nl/act/gm9999/2024/omgevingsplan")), MeldingCodes.AknGeenBill);
        yield return Case("DirecteMutatieOfARegelingNotHeld", f => f.Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "directeMutatieOpdracht")), MeldingCodes.DirecteMutatieOngepubliceerd);
        yield return Case("DirecteMutatieWithoutOwManifest", f => f.Without("manifest-ow.xml").Edit("manifest.xml", x => x.Replace("manifest-ow.xml", "manifest.xml")).Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "directeMutatieOpdracht")), MeldingCodes.OwManifestVerplicht);
        yield return Case("DirecteMutatieWithTwoAanleveringen", f => f.Edit("manifest-ow.xml", x => Regex.Replace(x, @"(<Aanlevering>[\s\S]*</Aanlevering>)", "$1$1")).Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "directeMutatieOpdracht")), MeldingCodes.DirecteMutatieMeerAanleveringen);
        yield return Case("DirecteMutatieNamesAMissingFile", f => f.Edit("opdracht.xml", x => x.Replace("publicatieOpdracht", "directeMutatieOpdracht").Replace("</directeMutatieOpdracht>", "<directeMutatie>nergens.xml</directeMutatie></directeMutatieOpdracht>")), MeldingCodes.DirecteMutatieBestandOntbreekt);
        yield return Case("OpdrachtWithoutDatumBekendmaking", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<datumBekendmaking>.*</datumBekendmaking>", "")), MeldingCodes.OpdrachtVeldOntbreekt);
        yield return Case("IdBevoegdGezagNotAnOin", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<idBevoegdGezag>[0-9]+", "<idBevoegdGezag>gm9999")), MeldingCodes.OpdrachtVeldOntbreekt);
        yield return Case("IdLeveringWithSpaces", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<idLevering>[^<]+", "<idLevering>lev 1")), MeldingCodes.IdLeveringPatroon);
        yield return Case("IdLeveringOf81Characters", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<idLevering>[^<]+", "<idLevering>" + new string('a', 81))), MeldingCodes.IdLeveringPatroon);
        yield return Case("FileNotInManifest", f => f.With("toelichting.pdf", "%PDF-1.4"), MeldingCodes.BestandNietInManifest);
        yield return Case("ManifestEntryWithoutFile", f => f.Without("dakkapellen.gml"), MeldingCodes.ManifestBestandOntbreekt);
        yield return Case("ManifestMissing", f => f.Without("manifest.xml"), MeldingCodes.ManifestOntbreekt);
        yield return Case("PublicatieMissing", f => f.Without("besluit-dakkapellen.xml"), MeldingCodes.PublicatieOntbreekt);
        yield return Case("PublicatieNotABesluit", f => f.Edit("opdracht.xml", x => x.Replace("besluit-dakkapellen.xml", "gio-dakkapellen.xml")), MeldingCodes.PublicatieGeenBesluit);
        yield return Case("DatumBekendmakingInThePast", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<datumBekendmaking>[^<]+", "<datumBekendmaking>2026-03-01")), MeldingCodes.DatumBekendmakingInVerleden);
        yield return Case("DatumBekendmakingNotADate", f => f.Edit("opdracht.xml", x => Regex.Replace(x, "<datumBekendmaking>[^<]+", "<datumBekendmaking>3 maart 2026")), MeldingCodes.DatumOngeldig);
        yield return Case("OwIdWithAnUnderscore", f => f.EditAll(Activity, "nl.imow-gm9999.activiteit.dakkapel_bouwen"), MeldingCodes.OwIdPatroon);
        yield return Case("ActivityOfAnotherBevoegdGezag", f => f.EditAll(Activity, "nl.imow-gm0363.activiteit.dakkapelbouwen"), MeldingCodes.OwIdAnderBevoegdGezag);
        yield return Case("AnnotationToAnActivityNotDelivered", f => f.Edit("owRegelteksten.xml", x => x.Replace(Activity, "nl.imow-gm9999.activiteit.bestaatniet")), MeldingCodes.OwVerwijzingOnbekend);
        yield return Case("AnnotationToALocationNotDelivered", f => f.Edit("owRegelteksten.xml", x => x.Replace(Gebied, "nl.imow-gm9999.gebied.bestaatniet")), MeldingCodes.OwVerwijzingOnbekend);
        yield return Case("OwManifestMissing", f => f.Without("manifest-ow.xml").Edit("manifest.xml", x => x.Replace("manifest-ow.xml", "manifest.xml")), MeldingCodes.OwManifestOntbreekt);
        yield return Case("OwFileNotInOwManifest", f => f.Edit("manifest-ow.xml", x => Regex.Replace(x, @"<Bestand>\s*<naam>owLocaties.xml</naam>[\s\S]*?</Bestand>", "")), MeldingCodes.OwBestandNietInOwManifest);
        yield return Case("OwManifestNamesAFileNotDelivered", f => f.Edit("manifest-ow.xml", x => x.Replace("owLocaties.xml", "owGebieden.xml")), MeldingCodes.OwManifestBestandOntbreekt);
        yield return Case("WorkIdRegelingNotOfTheBesluit", f => f.Edit("manifest-ow.xml", x => x.Replace("/2024/omgevingsplan<", "/2024/parkeren<")), MeldingCodes.WorkIdRegelingNietInBesluit);
        yield return Case("OwFileNotWellFormed", f => f.Edit("owLocaties.xml", x => x[..300]), MeldingCodes.XmlNietWelgevormd);
        yield return Case("FileWithADtd", f => f.Edit("gio-dakkapellen.xml", x => x.Replace("<AanleveringInformatieObject", "<!DOCTYPE x [<!ENTITY e \"x\">]><AanleveringInformatieObject")), MeldingCodes.XmlNietWelgevormd);
    }

    [Test]
    public void Validate_TestdorpChange_NoMeldingen()
    {
        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create()).Validate(Context);

        Assert.That(meldingen, Is.Empty, LvbbJson.Describe(meldingen));
    }

    [TestCaseSource(nameof(BrokenDeliveries))]
    public void Validate_BrokenDelivery_GivesItsFout(Func<List<DeliveryFile>, List<DeliveryFile>> breakIt, string code)
    {
        var meldingen = breakIt(DeliveryEdits.Testdorp(TestWorlds.Create())).Validate(Context);

        Assert.That(meldingen.Where(m => m.Code == code).Select(m => m.Ernst), Has.Some.EqualTo(MeldingErnst.Fout), LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Validate_IdLeveringUsedBefore_GivesItsFout()
    {
        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create()).Validate(Context with { IdLeveringUsed = (bg, id) => bg == "00000001999999990000" && id == "gm9999-test-1" });

        Assert.That(meldingen.Single().Code, Is.EqualTo(MeldingCodes.IdLeveringAlGebruikt));
        Assert.That(meldingen.Single().Beschrijving, Does.Contain("'gm9999-test-1' is al gebruikt door bevoegd gezag 00000001999999990000"));
    }

    [Test]
    public void Validate_LocationOfAnotherBevoegdGezag_OnlyAWarning()
    {
        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create()).EditAll(Gebied, "nl.imow-gm0363.gebied.dakkapellencentrum").Validate(Context);

        Assert.That(meldingen.Single(), Is.EqualTo(new LvbbMelding(
            MeldingCodes.OwIdAnderBevoegdGezag,
            MeldingErnst.Waarschuwing,
            "OW",
            "owLocaties.xml: Gebied nl.imow-gm0363.gebied.dakkapellencentrum draagt bevoegd gezag gm0363, maar de regeling /akn/nl/act/gm9999/2024/omgevingsplan is van gm9999.")));
    }

    [Test]
    public void Validate_MutationOfAVersionTheLvbbDoesNotHold_GivesAFoutAboutTheChange()
    {
        const string Held = "/akn/nl/act/gm9999/2024/omgevingsplan/nld@2025-06-01;4";

        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create())
            .Validate(Context with { HeldVersion = work => work == "/akn/nl/act/gm9999/2024/omgevingsplan" ? Held : null });

        Assert.That(meldingen.Single().Code, Is.EqualTo(MeldingCodes.MutatieVanOnbekendeVersie));
        Assert.That(meldingen.Single().Ernst, Is.EqualTo(MeldingErnst.Fout));
        Assert.That(meldingen.Single().Soort, Is.EqualTo(MeldingSoort.Mutatie));
        Assert.That(meldingen.Single().Beschrijving, Does.Contain($"wijzigt versie /akn/nl/act/gm9999/2024/omgevingsplan/nld@2024-01-01;1 van regeling /akn/nl/act/gm9999/2024/omgevingsplan, maar de LVBB heeft versie {Held}"));
    }

    [Test]
    public void Validate_ReferenceToAnObjectPublishedBefore_IsNoDanglingReference()
    {
        var meldingen = DeliveryEdits.Testdorp(TestWorlds.Create())
            .Edit("owRegelteksten.xml", x => x.Replace(Gebied, "nl.imow-gm9999.gebied.bestaand"))
            .Validate(Context with { KnownOwId = id => id == "nl.imow-gm9999.gebied.bestaand" });

        Assert.That(meldingen, Is.Empty, LvbbJson.Describe(meldingen));
    }
}
