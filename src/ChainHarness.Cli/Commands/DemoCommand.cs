using ChainHarness.Cli.Console;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Simulators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>demo &lt;naam&gt;</c>: the local chain with one scenario applied, narrated in Dutch a sentence per
/// step, then the reports (report.html first of all) in <c>--report-dir</c>. Exit code as <c>run</c>.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var scenarios = ScenarioCatalog.Load(settings.ScenarioFolder);
        var scenario = ScenarioCatalog.Find(scenarios, settings.Naam)
            ?? throw ConfigurationErrorException.WithErrors([$"There is no scenario '{settings.Naam}'; 'scenarios' lists them ({string.Join(", ", scenarios.Select(s => s.Naam))})."]);
        if (!scenario.Bedraad)
        {
            console.MarkupLine($"[yellow]Scenario {Markup.Escape(scenario.Naam)} kunnen de simulators nog niet nabootsen:[/] {Markup.Escape(scenario.Omschrijving)}");
            return HarnessApp.ExitUsage;
        }

        var configuration = HarnessConfigurationBuilder.Build(settings.ConfigFile, []);
        var (_, basis) = HarnessConfiguration.Resolve(configuration, "local");
        basis.Iteration = settings.Iteration ?? basis.Iteration;
        var profile = scenario.ApplyTo(basis);
        settings.ApplyTo(profile.Timing);
        console.MarkupLine($"[bold]Demo {Markup.Escape(scenario.Naam)}[/]: {Markup.Escape(scenario.Omschrijving)}");
        console.MarkupLine(scenario.FalendeStap is { } stap
            ? $"We verwachten dat stap {Markup.Escape(stap)} faalt; wat erop bouwt, wordt overgeslagen."
            : "We verwachten dat elke stap die meedoet slaagt.");

        var result = await LocalChain.RunAsync(profile, profileName: $"demo-{scenario.Naam}", observer: new DemoNarrator(console), cancellationToken: cancellationToken);
        var report = RunReport.From(result, null);
        var files = ReportSet.WriteAll(report, settings.ReportDir, ReportLanguage.Dutch, LocalChain.Secrets(profile));
        ConsoleReport.Write(console, report, ReportText.For(ReportLanguage.Dutch), files);
        return result.ExitCode;
    }
}
