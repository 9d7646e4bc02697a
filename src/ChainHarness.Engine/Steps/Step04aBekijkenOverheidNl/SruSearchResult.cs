namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>
/// An SRU answer: the number of records (null when the server could not run the query and answered
/// only diagnostics), the records of this page and the diagnostics' messages.
/// </summary>
public sealed record SruSearchResult(int? NumberOfRecords, IReadOnlyList<SruRecord> Records, IReadOnlyList<string> Diagnostics);
