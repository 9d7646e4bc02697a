using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.FindingsList;

/// <summary>
/// The rows of a werkplaats findings list: every failed step (status open), every step not built
/// yet (not tested), and, with history, every step that passes again (resolved). Skipped steps are
/// not findings of their own: the step that blocked them is.
/// </summary>
public static class FindingsListBuilder
{
    public static IReadOnlyList<FindingsListRow> Rows(RunReport report, ReportText text) =>
        [.. report.Steps.Select(s => Row(s, text)).OfType<FindingsListRow>()];

    private static FindingsListRow? Row(StepReport step, ReportText text)
    {
        var status = step.Status switch
        {
            StepStatus.Failed => text.Open,
            StepStatus.NotImplemented => text.NotTested,
            StepStatus.Passed when step.Change is { Resolved: true } => text.Resolved,
            _ => null,
        };
        if (status is null)
        {
            return null;
        }

        return new FindingsListRow(
            step.Step.Id.ToString(),
            text.Name(step.Step),
            text.Text(step.Expected),
            step.Outcome.Cause ?? step.Outcome.Summary,
            text.Text(step.Owner),
            status,
            step.FindingCode is { } code ? $"{code}{(step.Finding is { } f ? ": " + text.Text(f.Text) : "")}" : null,
            step.Finding is { } finding ? text.Text(finding.Check) : null);
    }
}
