using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Running;

namespace ChainHarness.Simulators.Tests;

public sealed class LocalChainPreflightTests
{
    [Test]
    public async Task RunAsync_Simulated_PreflightReallyCallsTheSimulatorsAndPasses()
    {
        StepSelection.TryParse("1", out var selection, out _);

        var result = await LocalChain.RunAsync(new ProfileOptions(), selection);

        var stop = result.Preflight!.Checks.Single(c => c.Koppelvlak == "STOP");
        Assert.That(stop.Status, Is.AnyOf(ConnectionStatus.Connected, ConnectionStatus.Reachable));
        Assert.That(stop.Detail, Does.Not.Contain("accepts our credentials").Or.StartWith("STOP connected"), "only a 2xx claims the credentials");
        Assert.That(stop.StatusCode, Is.Not.Null, "the simulated LVBB was really called");
        Assert.That(stop.Evidence, Has.Count.EqualTo(1));
        Assert.That(result.Preflight.Problems, Is.Empty);
    }
}
