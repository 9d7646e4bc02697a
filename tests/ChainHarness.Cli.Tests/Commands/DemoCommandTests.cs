using System.Globalization;
using System.Text.RegularExpressions;
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

        // Then step 3 gives up after the demo's deadline, not the profile's 30 s
        Assert.That(exit, Is.EqualTo(1), console.Output);
        // (the wait ends at the step's own deadline; the runner would stop the step at 6 s + 10 % grace, so a cause the
        // step wrote itself names at most 6.6 s: the last poll may overshoot the deadline a little on a loaded machine)
        Assert.That(console.Output, Does.Contain("Stap 3 (Publiceren wijziging) faalt"));
        var waited = Regex.Match(console.Output, @"gaf binnen (\d+(?:\.\d)?) s geen verslag");
        Assert.That(waited.Success, console.Output);
        Assert.That(double.Parse(waited.Groups[1].Value, CultureInfo.InvariantCulture), Is.InRange(4.0, 6.6));
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
