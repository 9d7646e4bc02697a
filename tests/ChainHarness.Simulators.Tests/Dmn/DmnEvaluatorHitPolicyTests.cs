using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

public sealed class DmnEvaluatorHitPolicyTests
{
    private static readonly string[] Dakvlak = ["Dakvlak:string", "Hoogte:number"];

    [Test]
    public void Evaluate_UniqueOneRuleMatches_ConcludesWithItsOutput()
    {
        var model = TestDmn.Model("UNIQUE", Dakvlak, [["\"Voorkant\"", "-", "\"Vergunningplicht\""], ["\"Achterkant\"", "<= 175", "\"Toestemmingsvrij\""], ["\"Achterkant\"", "> 175", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Achterkant" }, { "Hoogte", 150 } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.EqualTo("Toestemmingsvrij"));
        Assert.That(result.Hits.Single().RuleNumber, Is.EqualTo(2));
    }

    [Test]
    public void Evaluate_UniqueTwoRulesMatch_FailsNamingBothRules()
    {
        var model = TestDmn.Model("UNIQUE", Dakvlak, [["\"Achterkant\"", "-", "\"Vergunningplicht\""], ["-", "<= 175", "\"Toestemmingsvrij\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Achterkant" }, { "Hoogte", 150 } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Does.Contain("Regels 1 en 2").And.Contain("UNIQUE"));
    }

    [Test]
    public void Evaluate_UniqueMatchWhileOthersUnknown_ConcludesWithoutAskingMore()
    {
        var model = TestDmn.Model("UNIQUE", Dakvlak, [["\"Voorkant\"", "-", "\"Vergunningplicht\""], ["\"Achterkant\"", "<= 175", "\"Toestemmingsvrij\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" } });

        Assert.That(result.Value, Is.EqualTo("Vergunningplicht"));
    }

    [Test]
    public void Evaluate_FirstSeveralMatch_TakesTheFirstInTableOrder()
    {
        var model = TestDmn.Model("FIRST", Dakvlak, [["-", "> 300", "\"Verbod\""], ["\"Achterkant\"", "-", "\"Toestemmingsvrij\""], ["-", "-", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Achterkant" }, { "Hoogte", 100 } });

        Assert.That(result.Value, Is.EqualTo("Toestemmingsvrij"));
        Assert.That(result.Hits.Select(h => h.RuleNumber), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Evaluate_FirstUnknownRuleBeforeMatch_AsksOnlyWhatThatRuleNeeds()
    {
        var model = TestDmn.Model("FIRST", Dakvlak, [["-", "> 300", "\"Verbod\""], ["\"Achterkant\"", "-", "\"Toestemmingsvrij\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Achterkant" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.NeedsAnswers));
        Assert.That(result.OpenQuestions.Select(q => q.InputName), Is.EqualTo(new[] { "Hoogte" }));
    }

    [Test]
    public void Evaluate_PriorityTwoMatch_TakesTheOutputListedFirstInOutputValues()
    {
        var model = TestDmn.Model("PRIORITY", Dakvlak, [["-", "-", "\"Toestemmingsvrij\""], ["\"Voorkant\"", "-", "\"Vergunningplicht\""]], outputValues: "\"Verbod\",\"Vergunningplicht\",\"Toestemmingsvrij\"");

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" }, { "Hoogte", 1 } });

        Assert.That(result.Value, Is.EqualTo("Vergunningplicht"));
    }

    [Test]
    public void Evaluate_AnyMatchesAgree_ConcludesAndIgnoresUnknownRulesThatAgree()
    {
        var model = TestDmn.Model("ANY", Dakvlak, [["\"Voorkant\"", "-", "false"], ["-", "> 175", "false"], ["\"Achterkant\"", "<= 175", "true"]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.EqualTo(false));
    }

    [Test]
    public void Evaluate_AnyMatchesDisagree_FailsSayingTheResultsDiffer()
    {
        var model = TestDmn.Model("ANY", Dakvlak, [["\"Voorkant\"", "-", "false"], ["-", "<= 175", "true"]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" }, { "Hoogte", 100 } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Does.Contain("verschillende uitkomsten").And.Contain("ANY"));
    }

    [Test]
    public void Evaluate_CollectSeveralMatch_GivesEveryOutputInRuleOrder()
    {
        var model = TestDmn.Model("COLLECT", Dakvlak, [["-", "-", "\"m1\""], ["\"Voorkant\"", "-", "\"m2\""], ["\"Achterkant\"", "-", "\"m3\""], ["-", "> 5", "\"m4\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" }, { "Hoogte", 10 } });

        Assert.That(result.Value, Is.EqualTo(new[] { "m1", "m2", "m4" }));
        Assert.That(result.Conclusions, Is.EqualTo(new[] { "m1", "m2", "m4" }));
    }

    [TestCase("COUNT", 3)]
    [TestCase("SUM", 35)]
    [TestCase("MIN", 5)]
    [TestCase("MAX", 20)]
    public void Evaluate_CollectWithAggregation_Aggregates(string aggregation, int expected)
    {
        var model = TestDmn.Model("COLLECT", ["Hoogte:number"], [["> 0", "5"], ["> 1", "10"], ["> 2", "20"], ["> 100", "1000"]], aggregation);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Hoogte", 50 } });

        Assert.That(result.Value, Is.EqualTo((decimal)expected));
    }

    [Test]
    public void Evaluate_RuleOrderAndOutputOrder_ReturnAllHitsInTheirOrder()
    {
        string[][] rules = [["-", "\"Toestemmingsvrij\""], ["-", "\"Verbod\""]];
        var answers = new DmnAnswers { { "Hoogte", 1 } };

        var ruleOrder = DmnEvaluator.Evaluate(TestDmn.Model("RULE ORDER", ["Hoogte:number"], rules), answers);
        var outputOrder = DmnEvaluator.Evaluate(TestDmn.Model("OUTPUT ORDER", ["Hoogte:number"], rules, outputValues: "\"Verbod\",\"Toestemmingsvrij\""), answers);

        Assert.That(ruleOrder.Conclusions, Is.EqualTo(new[] { "Toestemmingsvrij", "Verbod" }));
        Assert.That(outputOrder.Conclusions, Is.EqualTo(new[] { "Verbod", "Toestemmingsvrij" }));
    }

    [Test]
    public void Evaluate_CollectWhileARuleIsUnknown_AsksFirst()
    {
        var model = TestDmn.Model("COLLECT", Dakvlak, [["\"Voorkant\"", "-", "\"m1\""], ["-", "> 5", "\"m2\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Voorkant" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.NeedsAnswers));
        Assert.That(result.OpenQuestions.Single().Tekst, Is.EqualTo("Vraag Hoogte?"));
    }

    [Test]
    public void Evaluate_NoRuleMatches_ConcludesWithNullAndNoHits()
    {
        var model = TestDmn.Model("UNIQUE", ["Hoogte:number"], [["> 100", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Hoogte", 50 } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.Null);
        Assert.That(result.Hits, Is.Empty);
    }
}
