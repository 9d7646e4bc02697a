using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

/// <summary><c>--iteration</c> chooses a werkplaats iteration's content pack; anything but 1–3 is a usage error (exit 2).</summary>
public sealed class IterationOptionTests : WithTempFolder
{
    private string Reports => Path.Combine(Folder.FullName, "reports");

    [TestCase("4")]
    [TestCase("0")]
    public async Task Run_IterationOutsideOneToThree_ExitTwoSayingWhichThereAre(string value)
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["run", "--iteration", value, "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain($"--iteration: {value} is not an iteration of the werkplaats: choose 1"));
        Assert.That(Directory.Exists(Reports), Is.False, "nothing ran");
    }

    [Test]
    public async Task Run_IterationInTheProfileOutsideOneToThree_ExitTwoNamingTheKey()
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["run", "--set", "ChainHarness:Profiles:local:Iteration=7", "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("ChainHarness:Profiles:local:Iteration: 7 is not an iteration of the werkplaats"));
    }

    [Test]
    public async Task Run_Iteration3_PlanChainPassesWithTheIntrekking()
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["run", "--iteration", "3", "--steps", "1-4b", "--report-dir", Reports], console);

        Assert.That(exit, Is.Zero, console.Output);
        Assert.That(console.Output, Does.Contain("Iteratie 3: Realistische inhoud met intrekken en vervangen"));
        Assert.That(File.ReadAllText(Path.Combine(Reports, "report.json")), Does.Contain("ze trekt artikel 5.3 (Erfafscheiding bouwen) in"));
    }

    [Test]
    public async Task Demo_IterationFive_ExitTwo()
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["demo", "alles-goed", "--iteration", "5", "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--iteration: 5 is not an iteration"));
    }
}
