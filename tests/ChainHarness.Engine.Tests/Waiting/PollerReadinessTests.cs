using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Running;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Engine.Tests.Waiting;

/// <summary>A wait in a simulated world ends on the world's announcement; without one it polls at its interval.</summary>
public sealed class PollerReadinessTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Test]
    public async Task UntilAsync_WorldAnnounces_ProbesAgainAtOnceWithoutTheClockMoving()
    {
        var time = new FakeTimeProvider();
        var signal = new FakeReadinessSignal();
        var ready = false;
        var probes = 0;
        var poll = new Poller(time, signal).UntilAsync(
            _ => Task.FromResult(Interlocked.Increment(ref probes) > 0 && Volatile.Read(ref ready) ? "zaak" : null), Interval, Deadline, CancellationToken.None);

        await WhenAsync(() => signal.Waits >= 1, "the poll to wait on the world after its first probe");
        Assert.That(poll.IsCompleted, Is.False, "nothing was ready at the first probe");
        Volatile.Write(ref ready, true);
        signal.Announce();
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(result.Value, Is.EqualTo("zaak"), "the verdict comes from the probe after the wake-up");
        Assert.That(result.Attempts, Is.EqualTo(2));
        Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.Zero), "the fake clock never moved");
    }

    [Test]
    public async Task UntilAsync_AnnouncementAfterTheProbeWasSent_DoesNotWaitAnInterval()
    {
        var time = new FakeTimeProvider();
        var signal = new FakeReadinessSignal();
        var probes = 0;
        var poll = new Poller(time, signal).UntilAsync(
            _ =>
            {
                // The world gets ready while the first probe is on its way: that probe misses it, the next must not wait.
                if (Interlocked.Increment(ref probes) == 1)
                {
                    signal.Announce();
                    return Task.FromResult<string?>(null);
                }

                return Task.FromResult<string?>("verslag");
            },
            Interval,
            Deadline,
            CancellationToken.None);

        var result = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(result.Value, Is.EqualTo("verslag"));
        Assert.That(result.Attempts, Is.EqualTo(2));
        Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task UntilAsync_AnnouncementButStillNotReady_WaitsAgainForTheNextOne()
    {
        var time = new FakeTimeProvider();
        var signal = new FakeReadinessSignal();
        var probes = 0;
        var poll = new Poller(time, signal).UntilAsync(
            _ => Task.FromResult(Interlocked.Increment(ref probes) >= 3 ? "ozon" : null), Interval, Deadline, CancellationToken.None);

        await WhenAsync(() => signal.Waits >= 1, "the first wait");
        signal.Announce();
        await WhenAsync(() => signal.Waits >= 2, "the second wait");
        Assert.That(Volatile.Read(ref probes), Is.EqualTo(2), "an announcement wakes the wait, the probe after it decides");
        Assert.That(poll.IsCompleted, Is.False, "the second probe found nothing: the poll waits again");
        signal.Announce();
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(result.Attempts, Is.EqualTo(3));
        Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task UntilAsync_NoAnnouncement_StillPollsAtTheInterval()
    {
        var time = new FakeTimeProvider();
        var signal = new FakeReadinessSignal();
        var probes = 0;
        var poll = new Poller(time, signal).UntilAsync(
            _ => Task.FromResult(Interlocked.Increment(ref probes) >= 2 ? "listing" : null), Interval, Deadline, CancellationToken.None);

        await WhenAsync(() => signal.Waits >= 1, "the first wait");
        Assert.That(Volatile.Read(ref probes), Is.EqualTo(1), "no announcement and no time passed: no second probe");
        time.Advance(Interval);
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(result.Value, Is.EqualTo("listing"));
        Assert.That(result.Attempts, Is.EqualTo(2));
        Assert.That(result.Elapsed, Is.EqualTo(Interval), "the live way: one interval on the clock");
    }

    [Test]
    public async Task UntilAsync_SilentWorld_GivesUpAtTheDeadline()
    {
        var time = new FakeTimeProvider();
        var signal = new FakeReadinessSignal();
        var poll = new Poller(time, signal).UntilAsync<string>(
            _ => Task.FromResult<string?>(null), Interval, TimeSpan.FromSeconds(3), CancellationToken.None);

        for (var i = 0; i < 600 && !poll.IsCompleted; i++)
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var result = await poll;
        Assert.That(result.Ready, Is.False);
        Assert.That(result.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3)));
    }

    /// <summary>Waits (real time, bounded) for a condition the poll reaches on its own; not a timed assertion.</summary>
    private static async Task WhenAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.That(condition(), Is.True, $"never reached: {what}");
    }
}
