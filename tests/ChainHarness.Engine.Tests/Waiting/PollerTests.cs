using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Engine.Tests.Waiting;

public sealed class PollerTests
{
    [Test]
    public async Task UntilAsync_ValueAppearsOnThirdProbe_ReturnsItAfterTwoIntervals()
    {
        var time = new FakeTimeProvider();
        var probes = 0;
        var poll = new Poller(time).UntilAsync(
            _ => Task.FromResult(++probes >= 3 ? "verslag" : null), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), CancellationToken.None);

        await AdvanceUntilDoneAsync(time, poll);

        var result = await poll;
        Assert.That(result.Value, Is.EqualTo("verslag"));
        Assert.That(result.Attempts, Is.EqualTo(3));
        Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task UntilAsync_NeverReady_GivesUpAtTheDeadline()
    {
        var time = new FakeTimeProvider();
        var poll = new Poller(time).UntilAsync<string>(
            _ => Task.FromResult<string?>(null), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), CancellationToken.None);

        // Small steps: a busy machine that lets the poll react late overshoots by 100 ms, not by whole seconds.
        await AdvanceUntilDoneAsync(time, poll, TimeSpan.FromMilliseconds(100));

        var result = await poll;
        Assert.That(result.Ready, Is.False);
        Assert.That(result.Elapsed, Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6)));
        Assert.That(result.Attempts, Is.InRange(5, 6), "one probe per second until the 5 s deadline");
    }

    /// <summary>Moves fake time a step at a time (default one second), giving the poll a moment of real time to react.</summary>
    private static async Task AdvanceUntilDoneAsync(FakeTimeProvider time, Task poll, TimeSpan? step = null)
    {
        var by = step ?? TimeSpan.FromSeconds(1);
        for (var i = 0; i < 600 && !poll.IsCompleted; i++)
        {
            await Task.Delay(10);
            if (!poll.IsCompleted)
            {
                time.Advance(by);
            }
        }
    }
}
