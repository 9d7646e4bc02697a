using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

public sealed class DmnParserTests
{
    [TestCase(DmnNamespaces.Dmn11, DmnVersion.Dmn11)]
    [TestCase(DmnNamespaces.Dmn12, DmnVersion.Dmn12)]
    [TestCase(DmnNamespaces.Dmn13, DmnVersion.Dmn13)]
    public void Parse_EachDmnNamespace_GivesItsVersion(string ns, DmnVersion expected)
    {
        var model = DmnParser.Parse(TestDmn.Table("UNIQUE", ["A:boolean"], [["true", "1"]], ns: ns));

        Assert.That(model.Version, Is.EqualTo(expected));
        Assert.That(model.Decisions.Single().Table!.Rules, Has.Count.EqualTo(1));
    }

    [Test]
    public void Parse_SttrExtensions_ReadsQuestionsFixedValuesGeoAndGroups()
    {
        var model = DmnParser.Parse(SampleSttr.Dakkapel);

        var dakvlak = model.FindUitvoeringsregel("U2")!;
        Assert.That(dakvlak.Soort, Is.EqualTo(SttrRegelSoort.Vraag));
        Assert.That(dakvlak.Opties, Is.EqualTo(new[] { "Voorkant", "Achterkant" }), "options in sequenceId order");
        Assert.That(dakvlak.Regelgroep!.Prioriteit, Is.EqualTo(1));
        Assert.That(model.FindUitvoeringsregel("U3")!.VasteWaarde, Is.EqualTo("false"));
        Assert.That(model.FindUitvoeringsregel("U4")!.LocatieId, Is.EqualTo("nl.imow-gm9999.gebied.dakkapelzone"));
        Assert.That(model.FindInputData("U1")!.Name, Is.EqualTo("Monument"));
        Assert.That(model.FunctioneleStructuurRefs, Is.EqualTo(new[] { SampleSttr.Ref }));
        Assert.That(model.FindDecision("d-aansluitpunt")!.Logic, Is.EqualTo(DmnDecisionLogic.External));
    }

    [Test]
    public void Parse_ImtrV2FixedValue_ReadsTheTypedValue()
    {
        var xml = TestDmn.Table("UNIQUE", ["A:boolean"], [["true", "1"]])
            .Replace("<uitv:vraag><uitv:gegevensType>boolean</uitv:gegevensType><uitv:vraagTekst>Vraag A?</uitv:vraagTekst></uitv:vraag>",
                "<uitv:vasteWaarde><uitv:booleanWaarde>true</uitv:booleanWaarde></uitv:vasteWaarde>", StringComparison.Ordinal);

        var regel = DmnParser.Parse(xml).FindUitvoeringsregel("Q1")!;

        Assert.That(regel.Soort, Is.EqualTo(SttrRegelSoort.VasteWaarde));
        Assert.That(regel.VasteWaarde, Is.EqualTo("true"));
        Assert.That(regel.GegevensType, Is.EqualTo("boolean"));
    }

    [Test]
    public void Parse_NotWellFormed_ThrowsSayingSo()
    {
        var ex = Assert.Throws<DmnFormatException>(() => DmnParser.Parse("<definitions><decision></definitions>"));

        Assert.That(ex!.Message, Does.StartWith("Het bestand is geen welgevormde XML"));
    }

    [Test]
    public void Parse_Dtd_IsRefused()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"boom\">]><definitions xmlns=\"" + DmnNamespaces.Dmn13 + "\">&x;</definitions>";

        Assert.That(DmnParser.TryParse(xml, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("DTD"));
    }

    [Test]
    public void Parse_OtherXml_ThrowsNamingTheRoot()
    {
        var ex = Assert.Throws<DmnFormatException>(() => DmnParser.Parse("<opdracht xmlns=\"urn:x\"/>"));

        Assert.That(ex!.Message, Does.Contain("'opdracht'").And.Contain("urn:x"));
    }

    [Test]
    public void Parse_RuleWithTooFewEntries_ThrowsNamingTheRule()
    {
        var xml = TestDmn.Table("UNIQUE", ["A:boolean", "B:boolean"], [["true", "false", "1"]])
            .Replace("<inputEntry><text>false</text></inputEntry>", "", StringComparison.Ordinal);

        var ex = Assert.Throws<DmnFormatException>(() => DmnParser.Parse(xml));

        Assert.That(ex!.Message, Does.Contain("regel 1").And.Contain("1 invoer"));
    }

    [Test]
    public void Parse_EntryOutsideTheFeelSubset_ThrowsNamingDecisionAndRule()
    {
        var ex = Assert.Throws<DmnFormatException>(() => DmnParser.Parse(TestDmn.Table("UNIQUE", ["A:number"], [["A + 1", "1"]])));

        Assert.That(ex!.Message, Does.Contain("beslissing 'Uitkomst', regel 1"));
    }

    [Test]
    public void Parse_UnknownHitPolicy_Throws() =>
        Assert.Throws<DmnFormatException>(() => DmnParser.Parse(TestDmn.Table("SOMETIMES", ["A:boolean"], [["true", "1"]])));
}
