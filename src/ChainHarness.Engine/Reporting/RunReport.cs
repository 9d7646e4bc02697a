using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting;

/// <summary>A run as the reports see it: the result, every step with its context, and the history.</summary>
public sealed record RunReport(ChainResult Result, IReadOnlyList<StepReport> Steps, HistoryComparison? History)
{
    /// <summary>The step that breaks the chain, with its context; null when the chain is closed.</summary>
    public StepReport? FirstBreak => Result.FirstBreak is { } b ? Steps.First(s => s.Step.Id == b.Step.Id) : null;

    public int Count(StepStatus status) => Steps.Count(s => s.Status == status);

    public static RunReport From(ChainResult result, HistoryComparison? history = null) =>
        new(result, [.. result.Steps.Select(s => StepReport.From(s, history))], history);
}
