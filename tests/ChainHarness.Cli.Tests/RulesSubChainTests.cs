using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests;

public sealed class RulesSubChainTests
{
    private string _reports = null!;

    [SetUp]
    public void SetUp() => _reports = Path.Combine(Path.GetTempPath(), "chainharness-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Test]
    public async Task Run_FromExistingActivityStepsFiveToSeven_PassesWithExitZero()
    {
        var console = new TestConsole { EmitAnsiSequences = false }.Width(250);

        var exit = await HarnessApp.RunAsync(
            ["run", "--steps", "5-7", "--from-activity", "nl.imow-gm9999.activiteit.bruidsschatdakkapel", "--report-dir", _reports], console);

        Assert.That(exit, Is.Zero, console.Output);
        Assert.That(console.Output, Does.Contain("Publiceren toepasbare regel").And.Contain("geslaagd"));
    }

    [Test]
    public async Task Run_FaultF12_StepSevenFailsWithExitOne()
    {
        var console = new TestConsole { EmitAnsiSequences = false }.Width(250);

        var exit = await HarnessApp.RunAsync(
            ["run", "--steps", "5-7", "--from-activity", "nl.imow-gm9999.activiteit.bruidsschatdakkapel", "--fault", "F12", "--report-dir", _reports], console);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(console.Output, Does.Contain("Ozon does not know"));
    }
}
