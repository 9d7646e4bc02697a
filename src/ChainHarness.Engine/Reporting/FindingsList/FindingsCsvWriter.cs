using System.Text;

namespace ChainHarness.Engine.Reporting.FindingsList;

/// <summary>
/// <c>findings.csv</c>: the findings list for a spreadsheet. Semicolon-separated (what a Dutch
/// spreadsheet opens without asking), fields quoted as RFC 4180 does, UTF-8 with a byte order
/// mark so accents survive.
/// </summary>
public static class FindingsCsvWriter
{
    public const string FileName = "findings.csv";
    public const char Separator = ';';

    public static string Render(RunReport report, ReportText text)
    {
        var csv = new StringBuilder();
        Line(csv, text.StepWord, text.Expected, text.Observed, text.Owner, text.StatusLabel, text.Finding, text.WhatToCheck);
        foreach (var row in FindingsListBuilder.Rows(report, text))
        {
            Line(csv, $"{row.Step} {row.StepName}", row.Expected, row.Observed, row.LikelyOwner, row.Status, row.Finding, row.WhatToCheck);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params string?[] fields) =>
        csv.Append(string.Join(Separator, fields.Select(Quote))).Append("\r\n");

    private static string Quote(string? field)
    {
        var value = field ?? "";
        return value.IndexOfAny([Separator, '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
