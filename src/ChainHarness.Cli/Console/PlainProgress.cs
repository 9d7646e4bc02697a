using ChainHarness.Cli.Texts;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>
/// The run as plain lines, one per event, for redirected output, CI logs and a run with a person at the
/// prompt: no cursor movement, no colour codes when the console has none, and every line readable on its
/// own. The preflight comes first; a wait says until when, and a long one says every minute how long is left.
/// </summary>
internal sealed class PlainProgress(IAnsiConsole console, ReportText text, TimeProvider? clock = null) : IChainObserver, IDisposable
{
    private static readonly TimeSpan Reminder = TimeSpan.FromMinutes(1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private ITimer? _countdown;

    public void PreflightDone(PreflightResult preflight) => PreflightReport.Write(console, preflight);

    public void StepStarted(StepDefinition step) =>
        console.MarkupLine($"  {text.StepWord} {step.Id} {Markup.Escape(text.Name(step))}: {Markup.Escape(text.Running)} …");

    public void StepWaiting(StepDefinition step, string onWhat) =>
        console.MarkupLine($"  {text.StepWord} {step.Id}: {Markup.Escape(text.WaitingOn)} {Markup.Escape(onWhat)} …");

    public void StepWaiting(StepDefinition step, string onWhat, DateTimeOffset until)
    {
        Line(step, onWhat, until);
        _countdown?.Dispose();
        _countdown = until - _clock.GetUtcNow() > Reminder
            ? _clock.CreateTimer(_ => Line(step, onWhat, until), null, Reminder, Reminder)
            : null;
    }

    public void StepFinished(StepDefinition step, StepOutcome outcome)
    {
        _countdown?.Dispose();
        _countdown = null;
        var time = outcome.Status is StepStatus.Passed or StepStatus.Failed ? $" ({text.Seconds(outcome.Duration)})" : "";
        console.MarkupLine($"{StatusMarkup.For(outcome.Status, text)} {text.StepWord} {step.Id} {Markup.Escape(text.Name(step))}{time}");
        if (outcome.Status != StepStatus.Passed)
        {
            console.MarkupLine($"      {Markup.Escape(outcome.Cause ?? outcome.Summary)}");
        }
    }

    public void Dispose() => _countdown?.Dispose();

    private void Line(StepDefinition step, string onWhat, DateTimeOffset until) => console.MarkupLine(
        $"  {text.StepWord} {step.Id}: {Markup.Escape(CliTexts.WaitingUntil(onWhat, Countdown.Left(until, _clock.GetUtcNow()), Countdown.Clock(until)))} …");
}
