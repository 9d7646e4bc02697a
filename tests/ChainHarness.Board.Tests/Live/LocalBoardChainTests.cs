using ChainHarness.Board.Live;
using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Tests.Live;

/// <summary>The board's default chain: the real steps against fresh simulators.</summary>
public sealed class LocalBoardChainTests
{
    [Test]
    public async Task Run_F7ThenAllesGoed_StepTwoFailsOnlyInTheRunWithTheFault()
    {
        var chain = FastLocal.Chain();

        var broken = await chain.Run(BoardScenarios.Find("F7")!, new NoObserver(), CancellationToken.None);
        var healthy = await chain.Run(BoardScenarios.Find(BoardScenarios.AllGoodKey)!, new NoObserver(), CancellationToken.None);

        Assert.That(chain.MunicipalityCode, Is.EqualTo("gm9999"));
        Assert.That(broken["2"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(broken["2"].Outcome.Finding, Is.EqualTo("F7"));
        Assert.That(broken["2"].Outcome.Cause, Does.Contain("LVBB1501"));
        Assert.That(broken["3"].Outcome.Status, Is.EqualTo(StepStatus.Skipped));
        Assert.That(healthy["2"].Outcome.Status, Is.EqualTo(StepStatus.Passed), "the fault of the previous run carried over");
    }

    private sealed class NoObserver : Engine.Running.IChainObserver;
}
