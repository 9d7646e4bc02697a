using ChainHarness.Cli.Console;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Steps;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Console;

public sealed class LiveProgressTests
{
    [Test]
    public void Render_StepWaiting_ShowsASpinnerFrameAndWhatItWaitsOn()
    {
        var board = new ProgressBoard(KnownSteps.All);
        board.StepStarted(KnownSteps.Get("1"));
        board.StepFinished(KnownSteps.Get("1"), StepOutcome.Passed("ok"));
        board.StepStarted(KnownSteps.Get("2"));
        board.StepWaiting(KnownSteps.Get("2"), "het validatierapport");
        var console = new TestConsole().Width(160);

        console.Write(LiveProgress.Render(board, ReportText.Dutch, Spinner.Known.Ascii, 1));

        var lines = console.Lines;
        Assert.That(lines.Single(l => l.Contains("Valideren plan")), Does.Contain(Spinner.Known.Ascii.Frames[1]).And.Contain("wacht op het validatierapport"));
        Assert.That(lines.Single(l => l.Contains("Downloaden")), Does.Contain("✓ geslaagd"));
        Assert.That(lines.Single(l => l.Contains("Publiceren wijziging")), Does.Contain("·"));
    }

    [Test]
    public async Task RunAsync_InteractiveConsole_EndsWithEveryStepsFinalOutcome()
    {
        var console = new TestConsole().Interactive().Width(200);

        var result = await LiveProgress.RunAsync(console, ReportText.English, ConsoleRuns.StepThreeFailsAsync);

        Assert.That(result.FirstBreak!.Step.Id, Is.EqualTo((StepId)"3"));
        Assert.That(console.Output, Does.Contain("✗ failed").And.Contain("LVBB sent no verslag"));
        Assert.That(console.Output, Does.Contain("↷ skipped"));
    }
}
