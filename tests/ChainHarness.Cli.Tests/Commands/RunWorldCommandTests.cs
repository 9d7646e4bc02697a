using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

/// <summary><c>simulate</c> + <c>run --world</c>: the run uses the world the simulate process serves, and that world's addresses are written for a supplier's setup.</summary>
public sealed class RunWorldCommandTests
{
    [Test]
    public async Task RunWorld_JoinsARunningSimulate_PlanStepsPassAgainstItsLvbb()
    {
        using var folder = TempFolder.Create();
        Directory.CreateDirectory(folder.Path);
        var envFile = Path.Combine(folder.Path, "world.env");
        var simulateConsole = new TestConsole().Width(400);
        using var stop = new CancellationTokenSource();
        var simulate = HarnessApp.RunAsync(["simulate", "--set", "ChainHarness:Simulate:BasePort=0", "--env-file", envFile, "--print-env"], simulateConsole, stop.Token);
        for (var i = 0; i < 1200 && !simulateConsole.Output.Contains("Wereld gereed", StringComparison.Ordinal) && !simulate.IsCompleted; i++)
        {
            await Task.Delay(50);
        }

        var env = File.ReadAllLines(envFile).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.That(env.Keys, Does.Contain("CHAINHARNESS_WORLD").And.Contain("CHAINHARNESS_NATIONAL_LVBB").And.Contain("CHAINHARNESS_NATIONAL_AFHANDELEN"));
        Assert.That(simulateConsole.Output, Does.Contain("CHAINHARNESS_NATIONAL_LVBB=" + env["CHAINHARNESS_NATIONAL_LVBB"]));

        var console = new TestConsole().Width(400);
        var exit = await HarnessApp.RunAsync(["run", "--world", env["CHAINHARNESS_WORLD"], "--steps", "1-4b", "--report-dir", folder.Path, "--non-interactive"], console);

        Assert.That(exit, Is.Zero, console.Output);
        var report = await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.json"));
        Assert.That(report, Does.Contain(new Uri(env["CHAINHARNESS_NATIONAL_LVBB"]).Authority), "the run's exchanges went to the LVBB of the world simulate serves");
        await stop.CancelAsync();
        Assert.That(await simulate.WaitAsync(TimeSpan.FromSeconds(20)), Is.Zero);
    }

    [Test]
    public async Task RunWorld_WithFault_ExitTwoSayingWhereFaultsAreSwitched()
    {
        var console = new TestConsole().Width(400);

        var exit = await HarnessApp.RunAsync(["run", "--world", "http://127.0.0.1:9100", "--fault", "F7"], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("faults belong to the world").And.Contain("/__world/faults/F7"));
    }
}
