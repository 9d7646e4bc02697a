using ChainHarness.Engine.Tests.Running;
using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Waiting;

/// <summary>The step deadline and <see cref="StepContext.PollAsync"/>, on a fake clock driven timer by timer.</summary>
public sealed class StepDeadlineTests
{
    private static readonly ProfileOptions Profile = new() { Timing = new TimingOptions { StepDeadline = TimeSpan.FromSeconds(30), PollInterval = TimeSpan.FromSeconds(5) } };

    [Test]
    public async Task RunAsync_StepNeverAnswers_FailsOnItsDeadlineAsF11AndDependantsAreSkipped()
    {
        // Given step 3 waits forever on a system that does not answer
        var time = new ObservedTimeProvider();
        var steps = FakeStep.AllPassing();
        steps[2] = new FakeStep(KnownSteps.Get("3"), async (ctx, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ctx.Time, ct);
            return StepOutcome.Passed("unreachable");
        });

        // When
        var run = RunnerHarness.RunAsync(steps, Profile, time: time);
        await time.DriveAsync(run);
        var result = await run;

        // Then
        Assert.That(result["3"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["3"].Outcome.Cause, Does.Contain("niet klaar binnen zijn termijn (30 s)"));
        Assert.That(result["3"].Outcome.Finding, Is.EqualTo("F11"));
        Assert.That(result["4b"].Outcome.BlockedBy, Is.EqualTo((StepId)"3"));
        Assert.That(result.Cancelled, Is.False);
    }

    [Test]
    public async Task PollAsync_NeverReady_ReturnsAtTheStepDeadlineSoTheStepNamesItsOwnCause()
    {
        // Given step 3 polls for a verslag that never comes
        var time = new ObservedTimeProvider();
        PollResult<string>? poll = null;
        var probes = 0;
        var steps = FakeStep.AllPassing();
        steps[2] = new FakeStep(KnownSteps.Get("3"), async (ctx, ct) =>
        {
            poll = await ctx.PollAsync<string>(
                "LVBB verslag",
                _ =>
                {
                    Interlocked.Increment(ref probes);
                    return Task.FromResult<string?>(null);
                },
                ct);
            return poll.Ready ? StepOutcome.Passed("verslag") : StepOutcome.Failed("LVBB sent no verslag before the deadline.", Werkplaats.F9);
        });

        // When time moves one interval per probe up to the deadline, and no further (the runner's own stop lies beyond)
        var run = RunnerHarness.RunAsync(steps, Profile, time: time);
        await AdvancePerProbeAsync(time, () => Volatile.Read(ref probes), 6);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        // Then: one probe per interval until the deadline, and the step, not the runner, said why
        Assert.That(result["3"].Outcome.Cause, Is.EqualTo("LVBB sent no verslag before the deadline."));
        Assert.That(result["3"].Outcome.Finding, Is.EqualTo("F9"));
        Assert.That(poll!.Ready, Is.False);
        Assert.That(poll.Attempts, Is.EqualTo(6).Or.EqualTo(7), "probes at 0, 5, … 25 (30) s");
    }

    [Test]
    public async Task PollAsync_ReadyAfterTwoIntervals_StepPassesWithTheValue()
    {
        var time = new ObservedTimeProvider();
        var probes = 0;
        var steps = FakeStep.AllPassing();
        steps[4] = new FakeStep(KnownSteps.Get("4b"), async (ctx, ct) =>
        {
            var poll = await ctx.PollAsync("Ozon sync", _ => Task.FromResult(Interlocked.Increment(ref probes) == 3 ? "regeling" : null), ct);
            return poll.Ready ? StepOutcome.Passed($"Ozon shows the {poll.Value} after {poll.Elapsed.TotalSeconds:0} s") : StepOutcome.Failed("not shown");
        });

        var run = RunnerHarness.RunAsync(steps, Profile, time: time);
        await AdvancePerProbeAsync(time, () => Volatile.Read(ref probes), 2);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(result["4b"].Outcome.Summary, Is.EqualTo("Ozon shows the regeling after 10 s"));
    }

    /// <summary>
    /// After each of <paramref name="count"/> probes, once its wait for the next interval has begun,
    /// moves time one interval: exact, however slowly a busy machine lets the poll react.
    /// </summary>
    private static async Task AdvancePerProbeAsync(ObservedTimeProvider time, Func<int> probes, int count)
    {
        var interval = Profile.Timing.PollInterval;
        for (var k = 1; k <= count; k++)
        {
            for (var i = 0; i < 2000 && probes() < k; i++)
            {
                await Task.Delay(5);
            }

            await time.WaitForTimerAsync(interval, count: k);
            time.Advance(interval);
        }
    }
}
