using System.Text;

namespace ChainHarness.Engine.Reporting.FindingsList;

/// <summary><c>findings.md</c>: the verdict, then the findings list as a Markdown table to paste into a werkplaats log.</summary>
public static class FindingsMarkdownWriter
{
    public const string FileName = "findings.md";

    public static string Render(RunReport report, ReportText text)
    {
        var r = report.Result;
        var md = new StringBuilder();
        md.AppendLine($"# {text.FindingsTitle}: {r.MunicipalityName} ({r.MunicipalityCode})");
        md.AppendLine();
        md.AppendLine($"{text.Profile}: {r.Profile} · {text.StartedAt}: {text.When(r.StartedAt)}");
        md.AppendLine();
        md.AppendLine($"**{text.Verdict(r)}**");
        md.AppendLine();
        if (text.Validation(r) is { } validation)
        {
            md.AppendLine($"{text.ValidationLabel}: {validation}");
            md.AppendLine();
        }

        if (report.History is { Changes.Count: > 0 } history)
        {
            md.AppendLine($"{text.ChangesHeading}:");
            md.AppendLine();
            history.Changes.ToList().ForEach(c => md.AppendLine($"- {text.Change(c, history.PreviousRunAt)}"));
            md.AppendLine();
        }

        var rows = FindingsListBuilder.Rows(report, text);
        if (rows.Count == 0)
        {
            md.AppendLine(text.NoFindings);
            return md.ToString();
        }

        md.AppendLine($"| {text.StepWord} | {text.Expected} | {text.Observed} | {text.Owner} | {text.StatusLabel} | {text.Finding} | {text.WhatToCheck} |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            md.AppendLine($"| {Cell($"{row.Step} {row.StepName}")} | {Cell(row.Expected)} | {Cell(row.Observed)} | {Cell(row.LikelyOwner)} | {Cell(row.Status)} | {Cell(row.Finding)} | {Cell(row.WhatToCheck)} |");
        }

        return md.ToString();
    }

    /// <summary>A table cell: pipes escaped, line breaks as spaces.</summary>
    private static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "–" : value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
