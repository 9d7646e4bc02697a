using ChainHarness.Cli.Console;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Cli.Texts;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Simulators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>demo &lt;naam&gt;</c>: the local chain with one scenario applied, narrated (Dutch, or English with --lang en) a sentence per
/// step, then the reports (report.html first of all) in <c>--report-dir</c>. Exit code as <c>run</c>.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var scenarios = ScenarioCatalog.Load(settings.ScenarioFolder);
        var scenario = ScenarioCatalog.Find(scenarios, settings.Naam)
            ?? throw ConfigurationErrorException.WithErrors([ConfigurationTexts.NoScenario(settings.Naam, string.Join(", ", scenarios.Select(s => s.Naam)))]);
        if (!scenario.Bedraad)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(CliTexts.NotStageable(scenario.Naam))}[/] {Markup.Escape(scenario.Describe(settings.Language))}");
            return HarnessApp.ExitUsage;
        }

        var profile = Profile(settings, scenario);
        console.MarkupLine($"[bold]Demo {Markup.Escape(scenario.Naam)}[/]: {Markup.Escape(scenario.Describe(settings.Language))}");
        console.MarkupLine(Markup.Escape(scenario.FalendeStap is { } stap ? CliTexts.ExpectFails(stap) : CliTexts.ExpectPasses));

        var result = await LocalChain.RunAsync(profile, profileName: $"demo-{scenario.Naam}", observer: new DemoNarrator(console), cancellationToken: cancellationToken);
        var report = RunReport.From(result, null);
        var files = ReportSet.WriteAll(report, settings.ReportDir, settings.Language, LocalChain.Secrets(profile));
        ConsoleReport.Write(console, report, ReportText.For(settings.Language), files);
        return result.ExitCode;
    }

    /// <summary>What a demo runs: the local profile with the scenario applied and the room's timing (<c>--deadline</c>).</summary>
    internal static ProfileOptions Profile(DemoSettings settings, Scenario scenario)
    {
        var configuration = HarnessConfigurationBuilder.Build(settings.ConfigFile, []);
        var (_, basis) = HarnessConfiguration.Resolve(configuration, "local");
        basis.Iteration = settings.Iteration ?? basis.Iteration;
        var profile = scenario.ApplyTo(basis);
        settings.ApplyTo(profile.Timing);
        return profile;
    }
}
