using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>
/// The run as plain lines, one per event, for redirected output and CI logs: no cursor movement,
/// no colour codes when the console has none, and every line readable on its own.
/// </summary>
internal sealed class PlainProgress(IAnsiConsole console, ReportText text) : IChainObserver
{
    public void StepStarted(StepDefinition step) =>
        console.MarkupLine($"  {text.StepWord} {step.Id} {Markup.Escape(text.Name(step))}: {Markup.Escape(text.Running)} …");

    public void StepWaiting(StepDefinition step, string onWhat) =>
        console.MarkupLine($"  {text.StepWord} {step.Id}: {Markup.Escape(text.WaitingOn)} {Markup.Escape(onWhat)} …");

    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        var time = outcome.Status is StepStatus.Passed or StepStatus.Failed ? $" ({text.Seconds(outcome.Duration)})" : "";
        console.MarkupLine($"{StatusMarkup.For(outcome.Status, text)} {text.StepWord} {step.Id} {Markup.Escape(text.Name(step))}{time}");
        if (outcome.Status != StepStatus.Passed)
        {
            console.MarkupLine($"      {Markup.Escape(outcome.Cause ?? outcome.Summary)}");
        }
    }
}
