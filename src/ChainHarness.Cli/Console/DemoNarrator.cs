using ChainHarness.Cli.Texts;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>Tells a room (in the run's language) what happens during a demo: one sentence per step as it finishes.</summary>
internal sealed class DemoNarrator(IAnsiConsole console) : IChainObserver
{
    public void PreflightDone(PreflightResult preflight) => PreflightReport.Write(console, preflight);

    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        var naam = Markup.Escape(CliTexts.StepName(step.Id.ToString(), ReportText.For(SpokenLanguage.Current).Name(step)));
        var zin = outcome.Status switch
        {
            StepStatus.Passed => $"[green]{CliTexts.Passed(naam)}[/]",
            StepStatus.Failed => $"[red]{CliTexts.Fails(naam)}[/] {Markup.Escape(outcome.Cause ?? outcome.Summary)}{Bevinding(outcome.Finding)}",
            StepStatus.Skipped => $"[grey]{CliTexts.Skipped(naam)}[/]",
            StepStatus.NotApplicable => $"[grey]{CliTexts.NotApplicable(naam)}[/]",
            StepStatus.NotRun => $"[grey]{CliTexts.NotRun(naam)}[/]",
            _ => $"[yellow]{CliTexts.NotBuilt(naam)}[/]",
        };
        console.MarkupLine(zin);
    }

    private static string Bevinding(string? code) => Werkplaats.Find(code) is { } finding
        ? Markup.Escape(CliTexts.FindingIs(finding.Code, finding.Text))
        : "";
}
