using ChainHarness.Cli.Console;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Reporting;
using ChainHarness.Simulators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary><c>run</c>: the chain for one profile; the report is written whatever happens.</summary>
internal sealed class RunCommand(IAnsiConsole console) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var (_, name, profile) = settings.Resolve();
        if (settings.FromActivity is not null)
        {
            profile.FromActivity = settings.FromActivity;
        }

        console.MarkupLine($"ChainHarness: profiel [bold]{Markup.Escape(name)}[/], {Markup.Escape(profile.Municipality.Name)} ({Markup.Escape(profile.Municipality.Code)})");
        IOperator person = settings.NonInteractive || System.Console.IsInputRedirected
            ? new NonInteractiveOperator(line => console.MarkupLine($"[bold yellow]>> {Markup.Escape(line)}[/]"))
            : new ConsoleOperator(console);
        var result = await LocalChain.RunAsync(
            profile, settings.Selection, name, arrange: simulation => simulation.Services.Add(person), cancellationToken: cancellationToken);
        ConsoleReport.Write(console, result);
        var report = JsonReportWriter.Write(result, settings.ReportDir);
        console.MarkupLine($"Rapport: {Markup.Escape(report)}");
        return result.ExitCode;
    }
}
