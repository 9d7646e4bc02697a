namespace ChainHarness.Engine.Reporting;

/// <summary>The paths of the reports one run wrote.</summary>
public sealed record ReportFiles(string Folder, string Json, string Junit, string Html, string FindingsMarkdown, string FindingsCsv)
{
    public IReadOnlyList<string> All => [Json, Junit, Html, FindingsMarkdown, FindingsCsv];
}
