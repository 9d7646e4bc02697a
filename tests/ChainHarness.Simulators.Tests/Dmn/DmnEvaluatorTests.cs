using ChainHarness.Engine.Loket;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

public sealed class DmnEvaluatorTests
{
    private static readonly DmnModel Model = DmnParser.Parse(SampleSttr.Dakkapel);

    [Test]
    public void Evaluate_NoAnswers_AsksTheFirstQuestionEveryRuleNeedsWithItsSttrText()
    {
        var result = DmnEvaluator.Evaluate(Model, DmnAnswers.None);

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.NeedsAnswers));
        var question = result.OpenQuestions.Single();
        Assert.That(question.InputName, Is.EqualTo("In zone"));
        Assert.That(question.Soort, Is.EqualTo(SttrRegelSoort.GeoVerwijzing));
        Assert.That(question.Tekst, Is.EqualTo("Ligt het pand in de dakkapelzone?"));
        Assert.That(question.LocatieId, Is.EqualTo("nl.imow-gm9999.gebied.dakkapelzone"));
        Assert.That(result.FunctioneleStructuurRef, Is.EqualTo(SampleSttr.Ref), "the leading # of the href is dropped");
    }

    [Test]
    public void Evaluate_SomeAnswers_AsksTheRestByRegelgroepThenPriority()
    {
        var result = DmnEvaluator.Evaluate(Model, new DmnAnswers { { "In zone", true } });

        Assert.That(result.OpenQuestions.Select(q => q.UitvoeringsregelId), Is.EqualTo(new[] { "U2", "U1" }));
        Assert.That(result.OpenQuestions[0].Opties, Is.EqualTo(new[] { "Voorkant", "Achterkant" }));
        Assert.That(result.OpenQuestions[0].Regelgroep, Is.EqualTo("Algemeen"));
    }

    [Test]
    public void Evaluate_AllAnswered_ConcludesThroughTheRequiredDecisionAndTheFixedValue()
    {
        var answers = new DmnAnswers { { "in-zone", "true" }, { "U1", false }, { "Dakvlak", "Achterkant" } };

        var result = DmnEvaluator.Evaluate(Model, answers);

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.EqualTo("Toestemmingsvrij"));
        Assert.That(result.Hits.Single().Toelichting, Is.EqualTo("U mag bouwen zonder vergunning."));
    }

    [Test]
    public void Evaluate_OpenQuestionsFromSeveralRules_ComeInPriorityOrderNotRuleOrder()
    {
        var model = TestDmn.Model("COLLECT", ["Eerst:boolean", "Daarna:boolean"], [["-", "true", "\"x\""], ["true", "-", "\"y\""]]);

        var result = DmnEvaluator.Evaluate(model, DmnAnswers.None);

        Assert.That(result.OpenQuestions.Select(q => q.UitvoeringsregelId), Is.EqualTo(new[] { "Q1", "Q2" }));
    }

    [Test]
    public void Evaluate_FixedValue_IsNeverAskedAndCanBeOverridden()
    {
        var asked = DmnEvaluator.Evaluate(Model, new DmnAnswers { { "In zone", true }, { "Monument", false } });
        var overridden = DmnEvaluator.Evaluate(Model, new DmnAnswers { { "In zone", true }, { "Monument", false }, { "Dakvlak", "Achterkant" }, { "Illegaal", true } });

        Assert.That(asked.OpenQuestions.Select(q => q.InputName), Does.Not.Contain("Illegaal"));
        Assert.That(overridden.Value, Is.EqualTo("Verbod"));
    }

    [Test]
    public void Evaluate_ExternalDecision_IsAskedForAndThenUsed()
    {
        var open = DmnEvaluator.Evaluate(Model, DmnAnswers.None, "Aansluitpunt");
        var answered = DmnEvaluator.Evaluate(Model, new DmnAnswers { { "Aansluitpunt", "true" } }, "Aansluitpunt");

        Assert.That(open.OpenQuestions.Single().InputId, Is.EqualTo("d-aansluitpunt"));
        Assert.That(answered.Value, Is.EqualTo(true));
    }

    [Test]
    public void Evaluate_LiteralExpression_GivesItsValue() =>
        Assert.That(DmnEvaluator.Evaluate(Model, DmnAnswers.None, "d-hoogte").Value, Is.EqualTo(175m));

    [Test]
    public void Evaluate_UnknownDecision_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => DmnEvaluator.Evaluate(Model, DmnAnswers.None, "Bestaat niet"));

        Assert.That(ex!.Message, Does.Contain("Bestaat niet"));
    }

    [Test]
    public void Evaluate_ColumnNamingNothing_FailsNamingTheColumn()
    {
        var xml = TestDmn.Table("UNIQUE", ["Hoogte:number"], [["> 1", "true"]]).Replace("<text>Hoogte</text>", "<text>Breedte</text>", StringComparison.Ordinal);

        var result = DmnEvaluator.Evaluate(DmnParser.Parse(xml), new DmnAnswers { { "Hoogte", 2 } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Does.Contain("'Breedte'"));
    }
}
