using ChainHarness.Board.Live;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Tests.Live;

/// <summary>The board's default chain: the real steps against fresh simulators (each run stopped after step 2, to stay quick).</summary>
public sealed class LocalBoardChainTests
{
    [Test]
    public async Task Run_F7ThenAllesGoed_EachRunGetsAFreshProfileWithOnlyItsOwnFaults()
    {
        // Given
        var profiles = new List<ProfileOptions>();
        var chain = LocalBoardChain.Create("local", () =>
        {
            var profile = new ProfileOptions { Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(25) } };
            profiles.Add(profile);
            return profile;
        });

        // When
        var broken = await RunUpToStepTwoAsync(chain, "F7");
        var healthy = await RunUpToStepTwoAsync(chain, Engine.Scenarios.ScenarioCatalog.AllesGoed);

        // Then
        Assert.That((chain.MunicipalityName, chain.MunicipalityCode), Is.EqualTo(("Testdorp", "gm9999")));
        Assert.That(profiles.Skip(1).Select(p => string.Join(",", p.Faults)), Is.EqualTo(new[] { "F7", "" }));
        Assert.That((broken["2"].Outcome.Status, broken["2"].Outcome.Finding), Is.EqualTo((StepStatus.Failed, "F7")));
        Assert.That(broken["2"].Outcome.Cause, Does.Contain("LVBB1501"));
        Assert.That(healthy["2"].Outcome.Status, Is.EqualTo(StepStatus.Passed), "the fault of the previous run carried over");
    }

    private static async Task<ChainResult> RunUpToStepTwoAsync(BoardChain chain, string scenario)
    {
        using var stop = new CancellationTokenSource();
        return await chain.Run(Catalogue.Named(scenario), new StopAfter("2", stop), stop.Token);
    }

    private sealed class StopAfter(StepId last, CancellationTokenSource stop) : IChainObserver
    {
        public void StepFinished(StepDefinition step, StepOutcome outcome)
        {
            if (step.Id == last)
            {
                stop.Cancel();
            }
        }
    }
}
