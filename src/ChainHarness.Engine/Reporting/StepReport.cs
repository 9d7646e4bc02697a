using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting;

/// <summary>
/// One step as every report shows it: its result, what a tester expects there, the likely owner
/// (the finding's when there is one, else the step's), the werkplaats finding and the change
/// since the previous run. Language-neutral: writers pick the Dutch or English texts.
/// </summary>
public sealed record StepReport(StepResult Result, Bilingual Expected, Bilingual Owner, Finding? Finding, StepChange? Change)
{
    public StepDefinition Step => Result.Step;

    public StepOutcome Outcome => Result.Outcome;

    public StepStatus Status => Result.Outcome.Status;

    /// <summary>The finding code as the step gave it, even when the catalogue does not know it.</summary>
    public string? FindingCode => Finding?.Code ?? Result.Outcome.Finding;

    public static StepReport From(StepResult result, HistoryComparison? history)
    {
        var finding = Werkplaats.Find(result.Outcome.Finding);
        var owner = result.Outcome.Owner ?? finding?.Owner ?? LikelyOwner.ForStep(result.Step);
        var change = history?.Changes.FirstOrDefault(c => c.Step == result.Step.Id);
        return new StepReport(result, result.Step.Expectation, owner, finding, change);
    }
}
