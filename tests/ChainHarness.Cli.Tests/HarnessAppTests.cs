using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests;

public sealed class HarnessAppTests
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
    public async Task Steps_ListsAllFourteen()
    {
        var console = new TestConsole { EmitAnsiSequences = false }.Width(200);

        var exit = await HarnessApp.RunAsync(["steps"], console);

        Assert.That(exit, Is.Zero);
        Assert.That(console.Output, Does.Contain("Verifiëren toepasbare regel").And.Contain("Samenwerking aan aanvraag"));
    }

    [Test]
    public async Task Run_BadStepSelection_ExitTwoNamingTheOption()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["run", "--steps", "1-12", "--report-dir", _reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--steps"));
    }

    [Test]
    public async Task Run_BrokenConfiguration_ExitTwoListingEveryKey()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(
            ["run", "--report-dir", _reports, "--set", "ChainHarness:Profiles:local:Municipality:Code=x1", "--set", "ChainHarness:Profiles:local:Municipality:Oin=1"],
            console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("Municipality:Code").And.Contain("Municipality:Oin"));
    }

    [Test]
    public async Task Run_UnknownProfile_ExitTwo()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["run", "--profile", "nergens", "--report-dir", _reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("nergens"));
    }

    [Test]
    public async Task Run_PlanStepsAsInTheReadme_ExitZeroWithEveryPlanStepPassed()
    {
        var console = new TestConsole { EmitAnsiSequences = false }.Width(400);

        var exit = await HarnessApp.RunAsync(["run", "--steps", "1-4b", "--report-dir", _reports], console);

        Assert.That(exit, Is.Zero, console.Output);
        Assert.That(console.Output.Split('\n').Count(l => l.StartsWith("✓ geslaagd", StringComparison.Ordinal)), Is.EqualTo(5), console.Output);
    }

    [Test]
    public async Task Run_AlwaysWritesAReport()
    {
        var console = new TestConsole().Width(200);

        await HarnessApp.RunAsync(["run", "--report-dir", _reports], console);

        Assert.That(File.Exists(Path.Combine(_reports, "report.json")), Is.True);
    }
}
