using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Reporting.Output;

/// <summary>
/// What follows every run, a single one or one of a sweep: compare with the history folder, write
/// every report into <paramref name="folder"/>, then keep the run in the history.
/// </summary>
public static class RunReporting
{
    public static (RunReport Report, ReportFiles Files) Write(
        ChainResult result, string folder, ReportLanguage language, SecretRedactor redactor, string? historyFolder = null)
    {
        var history = historyFolder is null ? null : new RunHistory(historyFolder);
        var report = RunReport.From(result, history?.CompareWithPrevious(result));
        var files = ReportSet.WriteAll(report, folder, language, redactor);
        history?.Keep(result, File.ReadAllText(files.Json));
        return (report, files);
    }
}
