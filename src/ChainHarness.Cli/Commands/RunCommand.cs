using ChainHarness.Cli.Console;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>run</c>: the chain for one profile, shown as it goes. Every report (report.json, junit.xml,
/// report.html, findings.md, findings.csv) is written into <c>--report-dir</c> whatever the
/// outcome, a cancelled run included; with <c>--history</c> the run is kept and compared with the
/// previous one. The verdict is the last line.
/// </summary>
internal sealed class RunCommand(IAnsiConsole console) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var configuration = HarnessConfigurationBuilder.Build(settings.ConfigFile, settings.Sets);
        var (name, profile) = HarnessConfiguration.Resolve(configuration, settings.Profile);
        profile.Faults.AddRange(settings.Faults);
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
        var started = DateTimeOffset.UtcNow;
        ChainResult result;
        try
        {
            result = await RunProgress.RunAsync(console, text, observer =>
                LocalChain.RunAsync(profile, settings.Selection, name, observer: observer, cancellationToken: cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result = CancelledBeforeAnyStep(name, profile, settings.Selection, started);
        }

        var history = settings.History is null ? null : new RunHistory(settings.History);
        var report = RunReport.From(result, history?.CompareWithPrevious(result));
        var files = ReportSet.WriteAll(report, settings.ReportDir, settings.Language, LocalChain.Secrets(profile));
        history?.Keep(result, File.ReadAllText(files.Json));
        ConsoleReport.Write(console, report, text, files);
        return result.ExitCode;
    }

    /// <summary>The result of a run stopped before its first step (e.g. while the simulators started).</summary>
    private static ChainResult CancelledBeforeAnyStep(string name, ProfileOptions profile, StepSelection selection, DateTimeOffset started) =>
        new(name, profile.Municipality.Code, profile.Municipality.Name, started, DateTimeOffset.UtcNow - started,
            [.. KnownSteps.All.Select(s => new StepResult(s, StepOutcome.NotRun("cancelled before this step ran"), selection.Contains(s.Id)))],
            Cancelled: true);
}
