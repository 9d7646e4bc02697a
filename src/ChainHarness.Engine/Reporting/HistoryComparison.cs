using ChainHarness.Engine.Reporting.History;

namespace ChainHarness.Engine.Reporting;

/// <summary>What changed since the previous (not cancelled) run of the same profile.</summary>
public sealed record HistoryComparison(DateTimeOffset PreviousRunAt, IReadOnlyList<StepChange> Changes);
