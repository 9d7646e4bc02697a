using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Dmn.Analysis;

namespace ChainHarness.Simulators.Tests.Dmn.Analysis;

public sealed class DecisionTableAnalysisTests
{
    private static readonly string[] TwoBooleans = ["A:boolean", "B:boolean"];

    [Test]
    public void Analyse_CompleteUniqueTable_FindsNothing()
    {
        var findings = Analyse("UNIQUE", TwoBooleans, [["true", "-", "1"], ["false", "true", "2"], ["false", "false", "3"]]);

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Analyse_UniqueRulesOverlap_NamesBothRulesAndTheAnswers()
    {
        var finding = Analyse("UNIQUE", TwoBooleans, [["true", "-", "1"], ["-", "true", "2"], ["false", "false", "3"]]).Single();

        Assert.That(finding.Kind, Is.EqualTo(TableFindingKind.Overlap));
        Assert.That(finding.Rules, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(finding.Description, Is.EqualTo("Beslistabel 'Uitkomst' (hitpolicy UNIQUE) heeft een overlap: regels 1 en 2 zijn beide van toepassing als A = true en B = true."));
    }

    [Test]
    public void Analyse_BooleanCaseMissing_ReportsAGapWithTheMissingAnswer()
    {
        var finding = Analyse("UNIQUE", TwoBooleans, [["true", "-", "1"], ["false", "true", "2"]]).Single();

        Assert.That(finding.Kind, Is.EqualTo(TableFindingKind.Gap));
        Assert.That(finding.Witness, Is.EqualTo("A = false en B = false"));
    }

    [Test]
    public void Analyse_NumberRangesLeaveAHole_ReportsAPointInTheHole()
    {
        var findings = Analyse("UNIQUE", ["Hoogte:number"], [["<= 50", "1"], ["> 60", "2"]]);

        Assert.That(findings.Select(f => f.Witness), Is.EqualTo(new[] { "Hoogte = 55", "Hoogte = 60" }), "one point per class the tests tell apart");
    }

    [Test]
    public void Analyse_NumberRangesTouch_FindsNothing() =>
        Assert.That(Analyse("UNIQUE", ["Hoogte:number"], [["<= 50", "1"], ["]50..100]", "2"], ["> 100", "3"]]), Is.Empty);

    [Test]
    public void Analyse_FreeTextWithoutWildcard_ReportsAnyOtherAnswer()
    {
        var finding = Analyse("UNIQUE", ["Soort:string"], [["\"a\"", "1"], ["\"b\"", "2"]]).Single();

        Assert.That(finding.Witness, Is.EqualTo("Soort = elk ander antwoord"));
    }

    [Test]
    public void Analyse_AnyOverlapWithSameResult_IsFine() =>
        Assert.That(Analyse("ANY", TwoBooleans, [["true", "-", "1"], ["-", "true", "1"], ["false", "false", "2"]]), Is.Empty);

    [Test]
    public void Analyse_AnyOverlapWithDifferentResults_IsAConflict()
    {
        var finding = Analyse("ANY", TwoBooleans, [["true", "-", "1"], ["-", "true", "2"], ["false", "false", "2"]]).Single();

        Assert.That(finding.Kind, Is.EqualTo(TableFindingKind.Conflict));
        Assert.That(finding.Description, Does.Contain("tegenspreken").And.Contain("A = true en B = true"));
    }

    [TestCase("FIRST")]
    [TestCase("PRIORITY")]
    [TestCase("COLLECT")]
    public void Analyse_PoliciesThatAllowOverlaps_ReportOnlyGaps(string policy)
    {
        var findings = Analyse(policy, TwoBooleans, [["true", "-", "1"], ["-", "true", "2"]]);

        Assert.That(findings.Select(f => f.Kind), Is.EqualTo(new[] { TableFindingKind.Gap }));
    }

    [Test]
    public void Analyse_FixedValueInput_OnlyItsValueCounts()
    {
        var xml = TestDmn.Table("UNIQUE", TwoBooleans, [["true", "true", "1"], ["false", "true", "2"]])
            .Replace("<uitv:vraag><uitv:gegevensType>boolean</uitv:gegevensType><uitv:vraagTekst>Vraag B?</uitv:vraagTekst></uitv:vraag>",
                "<uitv:vasteWaarde><uitv:booleanWaarde>true</uitv:booleanWaarde></uitv:vasteWaarde>", StringComparison.Ordinal);
        var model = DmnParser.Parse(xml);

        Assert.That(DecisionTableAnalysis.Analyse(model, model.Decisions[0]), Is.Empty);
    }

    [Test]
    public void Analyse_ListQuestion_UsesItsOptions()
    {
        var model = DmnParser.Parse(SampleSttr.Dakkapel);

        Assert.That(DecisionTableAnalysis.Analyse(model, model.FindDecision("Achterdakvlak")!), Is.Empty, "Voorkant and Achterkant are the only options");
        Assert.That(DecisionTableAnalysis.Analyse(model, model.FindDecision("Conclusie")!), Is.Empty);
    }

    private static IReadOnlyList<TableFinding> Analyse(string policy, string[] inputs, string[][] rules)
    {
        var model = TestDmn.Model(policy, inputs, rules);
        return DecisionTableAnalysis.Analyse(model, model.Decisions[0]);
    }
}
