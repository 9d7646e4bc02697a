using ChainHarness.Cli.Console;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Junit;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Standalone;
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

        StartupTrace.Mark("command line parsed");
        using var hosts = new SimulatorHostPool(); // the run's simulators share one started server (a path each) instead of starting a dozen
        if (settings.World is null)
        {
            hosts.StartEarly(); // while the configuration is read and the world seeded
        }

        var (_, name, profile) = settings.Resolve();
        StartupTrace.Mark("configuration read and validated");
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
            console.MarkupLine($"{Markup.Escape(Texts.CliTexts.Iteration)} {iteration}: {Markup.Escape(IterationPacks.For(iteration).Titel)}");
        }

        var observed = profile.Drivers.Values.Any(d => d.Mode == Engine.Configuration.DriverMode.Observe);
        var atPrompt = !settings.NonInteractive && !System.Console.IsInputRedirected && observed;
        IOperator person = atPrompt
            ? new ConsoleOperator(console)
            : new NonInteractiveOperator(line => console.MarkupLine($"[bold yellow]>> {Markup.Escape(line)}[/]"));
        if (settings.World is { } joined)
        {
            console.MarkupLine(settings.Language == Engine.Chain.ReportLanguage.English
                ? $"World: [bold]{Markup.Escape(joined)}[/] (national services and simulated municipal software shared with your own software)"
                : $"Wereld: [bold]{Markup.Escape(joined)}[/] (landelijke voorzieningen en gesimuleerde gemeentesoftware, gedeeld met uw eigen software)");
        }

        var started = DateTimeOffset.UtcNow;
        ChainResult result;
        try
        {
            result = await RunProgress.RunAsync(console, text, observer => settings.World is { } world
                ? JoinedChain.RunAsync(new Uri(world), profile, settings.Selection, name, observer: observer, arrange: services => services.Add(person), cancellationToken: cancellationToken)
                : LocalChain.RunAsync(
                    profile, settings.Selection, name, observer: observer, arrange: simulation => simulation.Services.Add(person), hosts: hosts, cancellationToken: cancellationToken),
                personAtPrompt: observed); // a person is told what to do, and perhaps asked: Spectre's live display must not run beside those writes
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result = UnstartedRun.Cancelled(name, profile, settings.Selection, started, DateTimeOffset.UtcNow - started);
        }

        StartupTrace.Mark("chain run");
        var (report, files) = RunReporting.Write(result, settings.ReportDir, settings.Language, LocalChain.Secrets(profile), settings.History);
        StartupTrace.Mark("reports written");
        ConsoleReport.Write(console, report, text, files);
        StartupTrace.Mark("console report shown");
        return result.ExitCode;
    }
}
