using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step04bBekijkenViewer;

namespace ChainHarness.Engine.Tests.Steps.Step04bBekijkenViewer;

public sealed class ViewerJudgementTests
{
    private static readonly PlanCaptures Plan = new(new CaptureLedger())
    {
        RegelingWorkId = "/akn/nl/act/gm9999/2024/omgevingsplan",
        RuleId = "nl.imow-gm9999.juridischeregel.dakkapel51",
        ActivityId = "nl.imow-gm9999.activiteit.dakkapelbouwen",
        LocationId = "nl.imow-gm9999.gebied.dakkapellencentrum",
    };

    [Test]
    public void ParseAll_HalSearchAnswer_ReadsRuleRegelingActivitiesAndLocations()
    {
        const string json = """{"_embedded":{"regeltekstannotaties":[{"identificatie":"r1","regeling":{"identificatie":"/akn/x"},"activiteiten":[{"identificatie":"a1"}],"werkingsgebieden":[{"identificatie":"g1"},{"identificatie":"g2"}]}]}}""";

        Assert.That(OzonAnnotation.ParseAll(json).Single(), Is.EqualTo(new OzonAnnotation("r1", "/akn/x", ["a1"], ["g1", "g2"])).Using<OzonAnnotation>(Same));
    }

    [Test]
    public void Judge_RuleWithActivityAndLocation_Passes()
    {
        var outcome = ViewerJudgement.Judge([new(Plan.RuleId!, Plan.RegelingWorkId, [Plan.ActivityId!], [Plan.LocationId!])], Plan, "(155050, 463050)");

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public void Judge_NothingOfTheRegelingAtTheLocation_FailsNamingTheWerkingsgebied()
    {
        var outcome = ViewerJudgement.Judge([new("other", "/akn/nl/act/gm0001/2024/omgevingsplan", [], [])], Plan, "(150000, 460000)");

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Cause, Does.Contain("Op de testlocatie (150000, 460000) geeft Ozon geen regel van regeling /akn/nl/act/gm9999/2024/omgevingsplan").And.Contain(Plan.LocationId));
    }

    [Test]
    public void Judge_RuleWithoutItsActivity_FailsAsWeakAnnotation()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var outcome = ViewerJudgement.Judge([new(Plan.RuleId!, Plan.RegelingWorkId, [], [Plan.LocationId!])], Plan, "(155050, 463050)");

        Assert.That(outcome.Finding, Is.EqualTo("F6"));
        Assert.That(outcome.Cause, Does.Contain("without activity nl.imow-gm9999.activiteit.dakkapelbouwen (it has —)"));
    }

    private static bool Same(OzonAnnotation a, OzonAnnotation b) =>
        a.Id == b.Id && a.RegelingWorkId == b.RegelingWorkId && a.ActivityIds.SequenceEqual(b.ActivityIds) && a.LocationIds.SequenceEqual(b.LocationIds);
}
