using ChainHarness.Engine.Waiting;
using System.Text.Json;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>Cancelling (Ctrl-C) mid-run: exit code 130 and a complete report in which what did not finish is <i>not run</i>.</summary>
[Category("Robustness")]
public sealed class CancellationTests
{
    [Test]
    public async Task Run_CancelledMidRun_Exit130AndACompleteReportWithTheRestNotRun()
    {
        // Given a run whose step 3 waits for a verslag that never comes (F9), with a long deadline
        using var reports = TempFolder.Create();
        var console = new TestConsole().Width(200);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        // When it is cancelled after two seconds
        var exit = await HarnessApp.RunAsync(
            ["run", "--fault", "F9", "--report-dir", reports.Path, "--set", "ChainHarness:Profiles:local:Timing:StepDeadline=00:01:00"],
            console,
            cancel.Token);

        // Then exit 130, and every report names all fourteen steps, the unfinished ones not run
        Assert.That(exit, Is.EqualTo(HarnessApp.ExitCancelled), console.Output);
        foreach (var name in new[] { "report.json", "junit.xml", "report.html", "findings.md", "findings.csv" })
        {
            Assert.That(File.Exists(Path.Combine(reports.Path, name)), Is.True, name);
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports.Path, "report.json")));
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.That(json.RootElement.GetProperty("cancelled").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(130));
        Assert.That(steps.Keys, Is.EqualTo(KnownSteps.All.Select(s => s.Id.ToString())));
        Assert.That(steps["9b"], Is.EqualTo("NotRun"));
        Assert.That(steps["11"], Is.EqualTo("NotRun").Or.EqualTo("NotApplicable"));
        Assert.That(steps.Values, Has.Some.EqualTo("NotRun"));
        Assert.That(steps.Values, Has.None.EqualTo("Failed"), "cancelling is not a failure of the step that was running");
    }
}
