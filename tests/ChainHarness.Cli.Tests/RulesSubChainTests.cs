using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests;

public sealed class RulesSubChainTests
{
    private const string Bruidsschat = "nl.imow-gm9999.activiteit.bruidsschatdakkapel";

    [Test]
    public async Task Run_FromExistingActivityStepsFiveToSeven_PassesWithExitZero()
    {
        using var reports = TempFolder.Create();
        var console = new TestConsole { EmitAnsiSequences = false }.Width(250);

        var exit = await HarnessApp.RunAsync(["run", "--steps", "5-7", "--from-activity", Bruidsschat, "--report-dir", reports.Path], console);

        Assert.That(exit, Is.Zero, console.Output);
        Assert.That(console.Output, Does.Contain("Publiceren toepasbare regel").And.Contain("geslaagd"));
    }

    [Test]
    public async Task Run_FaultF12_StepSevenFailsWithExitOne()
    {
        using var reports = TempFolder.Create();
        var console = new TestConsole { EmitAnsiSequences = false }.Width(250);

        var exit = await HarnessApp.RunAsync(["run", "--steps", "5-7", "--from-activity", Bruidsschat, "--fault", "F12", "--report-dir", reports.Path], console);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(console.Output, Does.Contain("die Ozon niet kent"));
    }
}
