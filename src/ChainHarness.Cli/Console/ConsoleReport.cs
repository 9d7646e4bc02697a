using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>The run as a table, one row per step, with the verdict last.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, ChainResult result)
    {
        PreflightReport.Write(console, result.Preflight);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Stap", "Naam", "Uitkomst", "Toelichting");
        foreach (var row in result.Steps)
        {
            table.AddRow(
                row.Step.Id.ToString(),
                Markup.Escape(row.Step.DutchName),
                Status(row.Outcome.Status),
                Markup.Escape(row.Outcome.Cause ?? row.Outcome.Summary));
        }

        console.Write(table);
        var colour = result.KetenGesloten ? "green" : "red";
        console.MarkupLine($"[bold {colour}]{Markup.Escape(result.VerdictDutch)}[/]");
        foreach (var partner in result.Steps.Where(s => !s.Step.ClosesChain))
        {
            console.MarkupLine($"Stap {partner.Step.Id} ({Markup.Escape(partner.Step.DutchName)}): {Status(partner.Outcome.Status)}");
        }
    }

    public static string Status(StepStatus status) => status switch
    {
        StepStatus.Passed => "[green]geslaagd[/]",
        StepStatus.Failed => "[red]gefaald[/]",
        StepStatus.Skipped => "[yellow]overgeslagen[/]",
        StepStatus.NotApplicable => "[grey]niet van toepassing[/]",
        StepStatus.NotImplemented => "[grey]niet gebouwd[/]",
        _ => "[grey]niet uitgevoerd[/]",
    };
}
