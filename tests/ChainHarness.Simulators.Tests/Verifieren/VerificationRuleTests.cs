using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.World;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Verifieren;

namespace ChainHarness.Simulators.Tests.Verifieren;

/// <summary>One test per built-in rule of the simulated Regels verifiëren, each on a broken copy of the Testdorp Conclusie.</summary>
public sealed class VerificationRuleTests
{
    private const string Activity = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";
    private static readonly string Conclusie = RulesFixtures.Read("conclusie-dakkapel.dmn");

    [Test]
    public void Verify_Fixture_IsApprovedWithoutAnyMelding() =>
        Assert.That(Verify(Conclusie).Meldingen, Is.Empty);

    [Test]
    public void Verify_NotWellFormed_IsRejectedAsTrv001()
    {
        var report = Verify(Conclusie[..^30]);

        Assert.That(report.Fouten.Single().Code, Is.EqualTo("TRV-001"));
        Assert.That(report.Fouten.Single().Beschrijving, Does.StartWith("Het bestand is geen welgevormde XML"));
    }

    [Test]
    public void Verify_Dtd_IsRejectedAsTrv001() =>
        Assert.That(Verify("<!DOCTYPE x [<!ENTITY e \"x\">]>" + Conclusie[Conclusie.IndexOf("<dmn:definitions", StringComparison.Ordinal)..]).Fouten.Single().Code, Is.EqualTo("TRV-001"));

    [Test]
    public void Verify_InputWithoutUitvoeringsregel_IsRejectedAsTrv003()
    {
        var report = Verify(Conclusie.Replace("<uitv:uitvoeringsregelRef href=\"#vraag-hoogte\"/>", "", StringComparison.Ordinal));

        Assert.That(Single(report, "TRV-003"), Is.EqualTo("Invoer 'Hoogte' heeft geen uitvoeringsregel, dus niemand wordt ernaar gevraagd."));
    }

    [Test]
    public void Verify_QuestionWithoutText_IsRejectedAsTrv003()
    {
        var report = Verify(Conclusie.Replace("<uitv:vraagTekst>Is het pand een gemeentelijk of rijksmonument?</uitv:vraagTekst>", "", StringComparison.Ordinal));

        Assert.That(Single(report, "TRV-003"), Does.Contain("'vraag-monument', die geen vraagtekst heeft"));
    }

    [Test]
    public void Verify_RefToAMissingUitvoeringsregel_IsRejectedAsTrv003() =>
        Assert.That(Single(Verify(Conclusie.Replace("href=\"#vraag-dakvlak\"", "href=\"#vraag-dakraam\"", StringComparison.Ordinal)), "TRV-003"),
            Does.Contain("'vraag-dakraam', die het bestand niet definieert"));

    [Test]
    public void Verify_ColumnNamingNothing_IsRejectedAsTrv008()
    {
        var report = Verify(Conclusie.Replace("<dmn:text>Monument</dmn:text>", "<dmn:text>Monumentstatus</dmn:text>", StringComparison.Ordinal));

        Assert.That(report.Fouten.Select(m => m.Code), Does.Contain("TRV-008"));
    }

    [Test]
    public void Verify_OutputOutsideItsOutputValues_IsRejectedAsTrv004()
    {
        var report = Verify(Conclusie.Replace("<dmn:text>\"NietVanToepassing\"</dmn:text>", "<dmn:text>\"Meldingsplicht\"</dmn:text>", StringComparison.Ordinal));

        Assert.That(Single(report, "TRV-004"), Does.Contain("geeft \"Meldingsplicht\", dat niet bij de toegestane waarden hoort"));
    }

    [Test]
    public void Verify_ConclusieConcludingSomethingTheLoketDoesNotKnow_IsRejectedAsTrv004()
    {
        var xml = Conclusie.Replace("<dmn:text>\"Vergunningplicht\",\"Toestemmingsvrij\",\"NietVanToepassing\"</dmn:text>", "<dmn:text>\"Vergunningplicht\",\"Toestemmingsvrij\",\"Vrij\"</dmn:text>", StringComparison.Ordinal)
            .Replace("<dmn:text>\"NietVanToepassing\"</dmn:text>", "<dmn:text>\"Vrij\"</dmn:text>", StringComparison.Ordinal);

        Assert.That(Single(Verify(xml), "TRV-004"), Does.Contain("concludeert \"Vrij\"; een Conclusie mag alleen NietVanToepassing, Verbod"));
    }

    [Test]
    public void Verify_GapInTheConclusion_IsRejectedAsTrv005()
    {
        var report = Verify(RemoveRule(Conclusie, "conclusie-4"));

        Assert.That(Single(report, "TRV-005"), Is.EqualTo(
            "Beslistabel 'Conclusie dakkapel bouwen' (hitpolicy UNIQUE) heeft een gat: geen regel is van toepassing als In werkingsgebied = true en Monument = false en Vergunningvrije plaats en afmetingen = false. De check zou eindigen zonder conclusie."));
    }

    [Test]
    public void Verify_GapInASubDecision_IsOnlyAWarning()
    {
        var report = Verify(RemoveRule(Conclusie, "afmetingen-3"));

        Assert.That(report.Goedgekeurd, Is.True);
        Assert.That(report.Meldingen.Single().Ernst, Is.EqualTo(MeldingErnst.Waarschuwing));
    }

    [Test]
    public void Verify_OverlapInAUniqueTable_IsRejectedAsTrv006()
    {
        var report = Verify(Conclusie.Replace("<dmn:inputEntry id=\"conclusie-2-b\"><dmn:text>true</dmn:text>", "<dmn:inputEntry id=\"conclusie-2-b\"><dmn:text>-</dmn:text>", StringComparison.Ordinal));

        Assert.That(report.Fouten.Select(m => m.Code).Distinct(), Is.EqualTo(new[] { "TRV-006" }));
        Assert.That(report.Fouten.Select(m => m.Beschrijving), Has.Some.Contains("regels 2 en 3 zijn beide van toepassing als In werkingsgebied = true en Monument = false"));
    }

    [TestCase("", "Geen beslissing heeft een functioneleStructuurRef")]
    [TestCase("https://example.org/id/activiteit/" + Activity, "is geen http(s)-adres onder toepasbare-regels.omgevingswet.overheid.nl")]
    [TestCase(FunctioneleStructuurRef.ActivityBase + "nl.imow-gm9999.activiteit.dakkapel-bouwen", "eindigt niet op een OW-activiteit-id")]
    [TestCase(FunctioneleStructuurRef.ActivityBase + "nl.imow-gm9999.activiteit.andere", "Geen functioneleStructuurRef noemt activiteit " + Activity)]
    public void Verify_BadFunctioneleStructuurRef_IsRejectedAsTrv007(string reference, string expected)
    {
        var original = $"<bedr:functioneleStructuurRef href=\"{FunctioneleStructuurRef.For(Activity)}\"/>";
        var xml = Conclusie.Replace(original, reference.Length == 0 ? "" : $"<bedr:functioneleStructuurRef href=\"{reference}\"/>", StringComparison.Ordinal);

        Assert.That(Verify(xml).Fouten.Where(m => m.Code == "TRV-007").Select(m => m.Beschrijving), Has.Some.Contains(expected));
    }

    [Test]
    public void Verify_RealStyleConceptRef_IsWellFormed()
    {
        var xml = Conclusie.Replace(FunctioneleStructuurRef.For(Activity), FunctioneleStructuurRef.Host + "00000001999999990000/id/concept/ConclusieDakkapel", StringComparison.Ordinal);

        Assert.That(new RegelsVerifier(null).Verify(xml).Goedgekeurd, Is.True);
    }

    [Test]
    public void Verify_InputComparedWithAValueOfAnotherType_IsRejectedAsTrv010NamingBothTypes()
    {
        var report = Verify(Conclusie.Replace("<dmn:text>[0..175]</dmn:text>", "<dmn:text>\"175\"</dmn:text>", StringComparison.Ordinal));

        Assert.That(Single(report, "TRV-010"), Is.EqualTo("Beslissing 'Vergunningvrije plaats en afmetingen', regel 2: invoer 'Hoogte' is van type getal (typeRef number), maar de regel vergelijkt die met \"175\" (type tekst); die typen zijn niet te vergelijken."));
    }

    [Test]
    public void Verify_InputWithoutTypeRefComparedWithANumber_IsRejectedAsTrv010()
    {
        var untyped = Conclusie
            .Replace("<uitv:gegevensType>number</uitv:gegevensType>", "", StringComparison.Ordinal)
            .Replace("name=\"Hoogte\" typeRef=\"number\"", "name=\"Hoogte\"", StringComparison.Ordinal)
            .Replace("id=\"expr-hoogte\" typeRef=\"number\"", "id=\"expr-hoogte\"", StringComparison.Ordinal);

        var report = Verify(untyped);

        Assert.That(Single(report, "TRV-010"), Does.StartWith("Beslissing 'Vergunningvrije plaats en afmetingen', regel 2: invoer 'Hoogte' heeft geen typeRef (type tekst), maar de regel vergelijkt die met 0 (type getal)"));
        Assert.That(report.Fouten.Single().Ernst, Is.EqualTo(MeldingErnst.Fout));
    }

    private static VerificatieRapport Verify(string xml) => new RegelsVerifier(null).Verify(xml, RegelbeheerobjectType.Conclusie, Activity);

    private static string Single(VerificatieRapport report, string code)
    {
        Assert.That(report.Fouten.Select(m => m.Code), Is.EqualTo(new[] { code }), string.Join(Environment.NewLine, report.Fouten.Select(m => m.Beschrijving)));
        return report.Fouten.Single().Beschrijving;
    }

    private static string RemoveRule(string xml, string ruleId)
    {
        var start = xml.IndexOf($"<dmn:rule id=\"{ruleId}\">", StringComparison.Ordinal);
        var end = xml.IndexOf("</dmn:rule>", start, StringComparison.Ordinal) + "</dmn:rule>".Length;
        return xml.Remove(start, end - start);
    }
}
