namespace ChainHarness.Engine.Reporting.Json;

/// <summary>The comparison with the previous run of the same profile.</summary>
public sealed record JsonHistory(DateTimeOffset PreviousRunAt, IReadOnlyList<JsonChange> Changes);
