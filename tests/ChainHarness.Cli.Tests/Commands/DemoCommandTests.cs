using System.Text.RegularExpressions;
using ChainHarness.Cli.Commands;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Texts;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

/// <summary><c>demo &lt;naam&gt;</c>: the local chain with one werkplaats finding, told in Dutch, and its HTML report.</summary>
public sealed class DemoCommandTests : WithTempFolder
{
    private string Reports => Path.Combine(Folder.FullName, "reports");

    [Test]
    public async Task Demo_F7_NarratesStepTwoFailingAndWritesTheHtmlReport()
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["demo", "F7", "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(1), console.Output);
        Assert.That(console.Output, Does.Contain("We verwachten dat stap 2 faalt").And.Contain("Stap 2 (Valideren plan) faalt"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(Reports, "report.html")), Does.Contain("stap 2 (Valideren plan) faalt"));
    }

    [Test]
    public async Task Demo_F9WithAShortDeadline_StepThreeFailsWithinIt()
    {
        // Given the LVBB never sends a verslag, and a coach who does not want the room to wait 30 s
        var console = new TestConsole().Width(300);

        // When
        var exit = await HarnessApp.RunAsync(["demo", "F9", "--deadline", "6", "--report-dir", Reports], console);

        // Then step 3 fails on its own wait (F9, what the LVBB showed), not on the runner's backstop. That the wait
        // is the demo's 6 s, not the profile's 30 s, is Demo_Deadline_IsEveryStepsDeadline's; that a poll ends at
        // the step deadline is shown on a fake clock (Engine: StepDeadlineTests, PollerTests). The seconds the
        // cause names are real time: printed, not asserted.
        Assert.That(exit, Is.EqualTo(1), console.Output);
        Assert.That(console.Output, Does.Contain("Stap 3 (Publiceren wijziging) faalt"));
        var waited = Regex.Match(console.Output, @"gaf binnen (\d+(?:\.\d)?) s geen verslag");
        Assert.That(waited.Success, console.Output);
        Assert.That(console.Output, Does.Contain("F9").And.Not.Contain(RunTexts.DeadlinePassed(TimeSpan.FromSeconds(6)).Dutch));
        TestContext.Out.WriteLine($"step 3 waited {waited.Groups[1].Value} s (real time, for information)");
    }

    [Test]
    public void Demo_Deadline_IsEveryStepsDeadline()
    {
        // Given a coach asking for 6 s
        var settings = new DemoSettings { Naam = "F9", Deadline = 6 };
        var f9 = ScenarioCatalog.Find(ScenarioCatalog.Load(settings.ScenarioFolder), settings.Naam)!;

        // When the demo builds what it runs
        var profile = DemoCommand.Profile(settings, f9);

        // Then every step gets 6 s (not the profile's 30 s) and an attempt a quarter of it, with F9's fault in the world
        Assert.That(profile.Timing.StepDeadline, Is.EqualTo(TimeSpan.FromSeconds(6)));
        Assert.That(profile.Timing.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(1.5)));
        Assert.That(profile.Faults, Is.EquivalentTo(f9.ApplyTo(new ProfileOptions()).Faults).And.Not.Empty);
    }

    [TestCase("0")]
    [TestCase("601")]
    public async Task Demo_DeadlineOutOfRange_ExitTwo(string seconds)
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["demo", "F7", "--deadline", seconds, "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--deadline"));
    }

    [Test]
    public async Task Demo_UnknownScenario_ExitTwoListingTheKnownOnes()
    {
        var console = new TestConsole().Width(300);

        var exit = await HarnessApp.RunAsync(["demo", "F99", "--report-dir", Reports], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("Er is geen scenario 'F99'").And.Contain("alles-goed"));
    }
}
