using ChainHarness.Cli.Console;
using ChainHarness.Engine.Reporting;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Console;

public sealed class PlainProgressTests
{
    [Test]
    public async Task RunAsync_RedirectedConsole_PlainLinesPerEventWithTheCauseAndNoAnsi()
    {
        var console = new TestConsole { EmitAnsiSequences = false }.Width(200);

        await RunProgress.RunAsync(console, ReportText.Dutch, ConsoleRuns.StepThreeFailsAsync);

        var output = console.Output;
        Assert.That(output, Does.Contain("Stap 3: wacht op het LVBB-verslag …"));
        Assert.That(output, Does.Contain("✗ gefaald Stap 3 Publiceren wijziging"));
        Assert.That(output, Does.Contain("LVBB sent no verslag for idLevering gm9999-1 within 30 s."));
        Assert.That(output, Does.Contain("↷ overgeslagen Stap 4a"));
        Assert.That(output, Does.Not.Contain("\u001b["), "no ANSI sequences in plain output");
    }

    [Test]
    public void CanShowLive_NonInteractiveConsole_IsFalse()
    {
        Assert.That(RunProgress.CanShowLive(new TestConsole()), Is.False);
    }
}
