using ChainHarness.Cli.Console;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Junit;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>run</c>: the chain for one profile, shown as it goes. Every report (report.json, junit.xml,
/// report.html, findings.md, findings.csv) is written into <c>--report-dir</c> whatever the
/// outcome, a cancelled run included; with <c>--history</c> the run is kept and compared with the
/// previous one. The verdict is the last line. With <c>--profiles</c> it is a sweep (<see cref="SweepRun"/>).
/// </summary>
internal sealed class RunCommand(IAnsiConsole console) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken);
        }
        catch (ConfigurationErrorException error)
        {
            // The run cannot start; CI still gets a junit.xml that says why (the top-level catch prints it and exits 2).
            ConfigurationErrorJunit.TryWrite(settings.ReportDir, error);
            throw;
        }
    }

    private async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Profiles is not null)
        {
            return await new SweepRun(console).ExecuteAsync(settings, cancellationToken);
        }

        var (_, name, profile) = settings.Resolve();
        if (settings.FromActivity is not null)
        {
            profile.FromActivity = settings.FromActivity;
            if (profile.Validate($"{HarnessOptions.SectionName}:Profiles:{name}") is { Count: > 0 } errors)
            {
                throw ConfigurationErrorException.WithErrors(errors);
            }
        }

        var text = ReportText.For(settings.Language);
        console.MarkupLine($"ChainHarness: {Markup.Escape(text.Profile.ToLowerInvariant())} [bold]{Markup.Escape(name)}[/], {Markup.Escape(profile.Municipality.Name)} ({Markup.Escape(profile.Municipality.Code)})");
        if (profile.Iteration is { } iteration)
        {
            var word = settings.Language == Engine.Chain.ReportLanguage.English ? "Iteration" : "Iteratie";
            console.MarkupLine($"{word} {iteration}: {Markup.Escape(IterationPacks.For(iteration).Titel)}");
        }

        IOperator person = settings.NonInteractive || System.Console.IsInputRedirected
            ? new NonInteractiveOperator(line => console.MarkupLine($"[bold yellow]>> {Markup.Escape(line)}[/]"))
            : new ConsoleOperator(console);
        var started = DateTimeOffset.UtcNow;
        ChainResult result;
        try
        {
            result = await RunProgress.RunAsync(console, text, observer =>
                LocalChain.RunAsync(
                    profile, settings.Selection, name, observer: observer, arrange: simulation => simulation.Services.Add(person), cancellationToken: cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result = UnstartedRun.Cancelled(name, profile, settings.Selection, started, DateTimeOffset.UtcNow - started);
        }

        var (report, files) = RunReporting.Write(result, settings.ReportDir, settings.Language, LocalChain.Secrets(profile), settings.History);
        ConsoleReport.Write(console, report, text, files);
        return result.ExitCode;
    }
}
