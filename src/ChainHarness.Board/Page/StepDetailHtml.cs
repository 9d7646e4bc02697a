using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Page;

/// <summary>
/// What opens when a step is clicked: the report's own section for that step (expected, checked,
/// cause, owner, finding, what to check and the evidence, each exchange folded until clicked).
/// </summary>
internal static class StepDetailHtml
{
    public static string Render(StepDefinition step, StepResult? finished, ReportText text) =>
        StepSectionHtml.Render(StepReport.From(finished ?? new StepResult(step, IdleRun.NotYet, Selected: true), history: null), text);
}
