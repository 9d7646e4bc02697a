using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>Tells a room in Dutch what happens during a demo: one sentence per step as it finishes.</summary>
internal sealed class DemoNarrator(IAnsiConsole console) : IChainObserver
{
    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        var naam = $"Stap {step.Id} ({step.DutchName})";
        var zin = outcome.Status switch
        {
            StepStatus.Passed => $"[green]{Markup.Escape(naam)} is geslaagd.[/]",
            StepStatus.Failed => $"[red]{Markup.Escape(naam)} faalt:[/] {Markup.Escape(outcome.Cause ?? outcome.Summary)}{Bevinding(outcome.Finding)}",
            StepStatus.Skipped => $"[grey]{Markup.Escape(naam)} wordt overgeslagen, omdat een stap waar hij op bouwt niet lukte.[/]",
            StepStatus.NotApplicable => $"[grey]{Markup.Escape(naam)} is hier niet van toepassing.[/]",
            StepStatus.NotRun => $"[grey]{Markup.Escape(naam)} draait bewust niet mee.[/]",
            _ => $"[yellow]{Markup.Escape(naam)} is nog niet gebouwd.[/]",
        };
        console.MarkupLine(zin);
    }

    private static string Bevinding(string? code) => Werkplaats.Find(code) is { } finding
        ? Markup.Escape($" Dit is werkplaatsbevinding {finding.Code}: {finding.Text.Dutch}")
        : "";
}
