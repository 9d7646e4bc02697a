using System.Text.Json;
using System.Xml.Linq;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Steps;

/// <summary>A step added from another assembly shows everywhere a step shows, with no edit in the engine.</summary>
public sealed class FixtureStepTests : WithTempFolder
{
    private string Reports => Path.Combine(Folder.FullName, "reports");

    [Test]
    public async Task Steps_AFixtureStepRegisteredFromTheTestAssembly_IsListed()
    {
        using var registration = KnownSteps.RegisterForFlow(new FixtureStep());
        var console = new TestConsole { EmitAnsiSequences = false }.Width(200);

        var exit = await HarnessApp.RunAsync(["steps"], console);

        Assert.That(exit, Is.Zero);
        Assert.That(console.Lines.Single(l => l.Contains(FixtureStep.DutchName, StringComparison.Ordinal)), Does.Contain("12").And.Contain("ja"));
    }

    [Test]
    public async Task Run_AFixtureStepRegisteredFromTheTestAssembly_IsRunAndInEveryReportAndThePicture()
    {
        using var registration = KnownSteps.RegisterForFlow(new FixtureStep());
        var console = new TestConsole().Width(200);

        await HarnessApp.RunAsync(["run", "--report-dir", Reports], console);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Reports, "report.json")));
        var step = json.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "12");
        Assert.That(step.GetProperty("status").GetString(), Is.EqualTo("Failed"), "the runner ran it");
        Assert.That(step.GetRawText(), Does.Contain(FixtureStep.Cause));
        var junit = XDocument.Load(Path.Combine(Reports, "junit.xml"));
        Assert.That(junit.Descendants("testcase").Select(t => (string?)t.Attribute("name")), Does.Contain($"Stap 12: {FixtureStep.DutchName}"));
        var html = await File.ReadAllTextAsync(Path.Combine(Reports, "report.html"));
        var picture = html[html.IndexOf("<svg", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.That(picture, Does.Contain(FixtureStep.DutchName), "the chain picture draws it");
        Assert.That(await File.ReadAllTextAsync(Path.Combine(Reports, "findings.md")), Does.Contain("Het proefdossier staat in het archief."));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(Reports, "findings.csv")), Does.Contain(FixtureStep.DutchName));
    }

    [Test]
    public void KnownSteps_OutsideTheRegistration_DoNotHaveIt()
    {
        using (KnownSteps.RegisterForFlow(new FixtureStep()))
        {
            Assert.That(KnownSteps.Find("12"), Is.SameAs(FixtureStep.Step));
        }

        Assert.That(KnownSteps.Find("12"), Is.Null);
    }
}
