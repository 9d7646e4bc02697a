using ChainHarness.Engine.Reporting;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>The close of a run on the console (the preflight was shown before step 1): what changed since the previous run, where the reports are, and the verdict last.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, RunReport report, ReportText text, ReportFiles files)
    {
        if (report.History is { } history)
        {
            console.MarkupLine($"[bold]{Markup.Escape(text.ChangesHeading)}[/]");
            if (history.Changes.Count == 0)
            {
                console.MarkupLine($"  {Markup.Escape(text.NoChanges)} {Markup.Escape(text.When(history.PreviousRunAt))}.");
            }

            foreach (var change in history.Changes)
            {
                console.MarkupLine($"  {Markup.Escape(text.Change(change, history.PreviousRunAt))}");
            }
        }

        console.MarkupLine($"{Markup.Escape(text.ReportsIn)} {Markup.Escape(files.Folder)}: {string.Join(", ", files.All.Select(f => Markup.Escape(Path.GetFileName(f))))}");
        if (report.Result.Cancelled)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(text.Cancelled)}[/]");
        }

        if (text.Validation(report.Result) is { } validation)
        {
            console.MarkupLine($"{Markup.Escape(text.ValidationLabel)}: {Markup.Escape(validation)}");
        }

        var colour = report.Result.KetenGesloten ? "green" : "red";
        console.MarkupLine($"[bold {colour}]{Markup.Escape(text.Verdict(report.Result))}[/]");
    }
}
