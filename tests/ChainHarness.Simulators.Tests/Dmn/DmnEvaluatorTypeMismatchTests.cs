using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

/// <summary>
/// FEEL compares values of different kinds as neither equal nor ordered. The evaluator does not let that
/// pass as "no rule matched": each kind of mismatch fails the evaluation, naming the decision, the input and
/// both types. A value that fits the type but matches no rule stays a plain no-match.
/// </summary>
public sealed class DmnEvaluatorTypeMismatchTests
{
    [Test]
    public void AnswerThatIsNoNumber_ForANumberInput_FailsNamingBothTypes()
    {
        var model = TestDmn.Model("UNIQUE", ["Hoogte:number"], [["<= 175", "\"Toestemmingsvrij\""], ["> 175", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Hoogte", "veel" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Is.EqualTo("Beslissing 'Uitkomst', regel 1: invoer 'Hoogte' is \"veel\" (type tekst), maar de regel vergelijkt die met 175 (type getal); die typen zijn niet te vergelijken."));
    }

    [Test]
    public void MissingTypeRef_TextAnswerComparedWithANumber_Fails()
    {
        var model = TestDmn.Model("UNIQUE", ["Hoogte:"], [["[0..175]", "\"Toestemmingsvrij\""], ["> 175", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Hoogte", "150" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed), "without a typeRef the answer stays text: \"150\" is never in [0..175]");
        Assert.That(result.Problem, Does.Contain("invoer 'Hoogte' is \"150\" (type tekst)").And.Contain("met 0 (type getal)"));
    }

    [Test]
    public void BooleanAnswer_ComparedWithText_Fails()
    {
        var model = TestDmn.Model("FIRST", ["Monument:boolean"], [["\"ja\"", "\"Vergunningplicht\""], ["-", "\"Toestemmingsvrij\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Monument", "true" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Does.Contain("invoer 'Monument' is true (type ja/nee)").And.Contain("met \"ja\" (type tekst)"));
    }

    [Test]
    public void DateAnswer_ComparedWithANumber_Fails()
    {
        var model = TestDmn.Model("UNIQUE", ["Datum:date"], [["< 2026", "\"Oud\""], [">= 2026", "\"Nieuw\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Datum", "2026-05-01" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Failed));
        Assert.That(result.Problem, Does.Contain("is date(\"2026-05-01\") (type datum)").And.Contain("met 2026 (type getal)"));
    }

    [Test]
    public void AnswerOfTheRightType_ThatMatchesNoRule_IsStillAPlainNoMatch()
    {
        var model = TestDmn.Model("UNIQUE", ["Dakvlak:string"], [["\"Voorkant\"", "\"Vergunningplicht\""]]);

        var result = DmnEvaluator.Evaluate(model, new DmnAnswers { { "Dakvlak", "Achterkant" } });

        Assert.That(result.Status, Is.EqualTo(DmnEvaluationStatus.Concluded));
        Assert.That(result.Value, Is.Null);
        Assert.That(result.Problem, Is.Null);
    }
}
