using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests;

/// <summary>In a simulated world every wait of the chain ends on the world's announcement, not on the clock.</summary>
public sealed class LocalChainEventWaitTests
{
    [Test]
    public async Task RunAsync_ClockNeverMoves_ChainStillClosesBecauseEveryWaitWakesOnTheWorld()
    {
        // A fake clock nobody advances: a wait that needed a poll interval to pass would never end.
        var time = new FakeTimeProvider(TestWorlds.Now);
        var profile = FastProfiles.Local();
        profile.Timing = new TimingOptions
        {
            PollInterval = TimeSpan.FromHours(1),
            StepDeadline = TimeSpan.FromHours(2),
            LvbbProcessingDelay = TimeSpan.Zero,
        };

        var result = await LocalChain.RunAsync(profile, time: time).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.That(result.KetenGesloten, Is.True, ResultText.Describe(result));
        Assert.That(time.GetUtcNow(), Is.EqualTo(TestWorlds.Now), "no step waited on the clock");
        Assert.That(
            result["9a"].Outcome.Evidence.Concat(result["3"].Outcome.Evidence).Select(e => e.Title),
            Has.Some.Contains("asked").Or.Some.Contains("VTH"),
            "the waits did happen: their evidence is there");
    }
}
