using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Sweeps.Summary;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>
/// A sweep on the console: one line per profile as it finishes, then one table (profile,
/// municipality, verdict, first failing step, duration) and the totals last.
/// </summary>
internal sealed class SweepTable(IAnsiConsole console, ReportText text, SweepText words)
{
    private readonly Lock _gate = new();
    private int _done;

    /// <summary>Called from the sweep's parallel runs as each profile finishes.</summary>
    public void Finished(SummaryProfile row, int total)
    {
        lock (_gate)
        {
            _done++;
            console.MarkupLine($"  [[{_done}/{total}]] {Markup.Escape(row.Profile)} {Markup.Escape(row.Municipality.Name)}: {Verdict(row)} ({Duration(row)})");
        }
    }

    public void Write(SweepSummary summary, string folder)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns(text.Profile, text.Municipality, words.VerdictLabel, words.FirstFailingStep, text.Duration);
        foreach (var row in summary.Profiles)
        {
            table.AddRow(
                Markup.Escape(row.Profile),
                Markup.Escape($"{row.Municipality.Code} {row.Municipality.Name}"),
                Verdict(row),
                row.FirstFailingStep is { } step ? $"{step} {Markup.Escape(text.Status(row.FirstFailingStatus!.Value))}" : "-",
                Duration(row));
        }

        console.Write(table);
        console.MarkupLine($"{Markup.Escape(words.SummaryIn)} {Markup.Escape(folder)}: {SweepSummaryFile.FileName}, {SweepJunit.FileName}");
        var colour = summary.ExitCode == 0 ? "green" : "red";
        console.MarkupLine($"[bold {colour}]{Markup.Escape(words.Totals(summary))}[/]");
    }

    private string Verdict(SummaryProfile row)
    {
        var colour = row.Verdict switch
        {
            SweepVerdict.Passed => "green",
            SweepVerdict.Failed => "red",
            _ => "yellow",
        };
        return $"[{colour}]{Markup.Escape(words.Verdict(row.Verdict))}[/]";
    }

    private string Duration(SummaryProfile row) => text.Seconds(TimeSpan.FromMilliseconds(row.DurationMs));
}
