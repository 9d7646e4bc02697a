using System.Text;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.FindingsList;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Reporting.Junit;
using ChainHarness.Engine.Reporting;

namespace ChainHarness.Engine.Reporting.Output;

/// <summary>
/// Writes every report of a run into one folder: <c>report.json</c>, <c>junit.xml</c>,
/// <c>report.html</c>, <c>findings.md</c> and <c>findings.csv</c>. Each text passes the run's
/// <see cref="SecretRedactor"/> once more on its way to disk, so a secret that reached a cause or
/// a name by another road than the evidence log still never lands in a file.
/// </summary>
public static class ReportSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static ReportFiles WriteAll(RunReport report, string folder, ReportLanguage language, SecretRedactor redactor)
    {
        Directory.CreateDirectory(folder);
        var text = ReportText.For(language);
        string Write(string name, string content, Encoding? encoding = null)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, redactor.Redact(content), encoding ?? Utf8);
            return path;
        }

        return new ReportFiles(
            folder,
            Write(JsonReportWriter.FileName, JsonReportWriter.Render(report)),
            Write(JunitReportWriter.FileName, JunitReportWriter.Render(report, text)),
            Write(HtmlReportWriter.FileName, HtmlReportWriter.Render(report, text)),
            Write(FindingsMarkdownWriter.FileName, FindingsMarkdownWriter.Render(report, text)),
            Write(FindingsCsvWriter.FileName, FindingsCsvWriter.Render(report, text), Utf8WithMark));
    }
}
