using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Simulators.Tests;

public sealed class LocalChainTests
{
    [Test]
    public async Task RunAsync_DefaultLocalProfile_Steps10And11NotApplicableAndExitZero()
    {
        StepSelection.TryParse("10,11", out var selection, out _);

        var result = await LocalChain.RunAsync(new ProfileOptions(), selection);

        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["10"].Outcome.Summary, Does.Contain("no behandeldienst"));
        Assert.That(result["11"].Outcome.Summary, Does.Contain("no collaboration partner"));
        Assert.That(result.ExitCode, Is.Zero);
    }
}
