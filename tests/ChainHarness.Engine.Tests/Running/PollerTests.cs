using ChainHarness.Engine.Running;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Running;

public sealed class PollerTests
{
    [Test]
    public async Task UntilAsync_ValueAppearsOnThirdProbe_ReturnsItAfterTwoIntervals()
    {
        var time = new ObservedTimeProvider();
        var probes = 0;
        var poll = new Poller(time).UntilAsync(
            _ => Task.FromResult(++probes >= 3 ? "verslag" : null), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), CancellationToken.None);

        await time.DriveAsync(poll);

        var result = await poll;
        Assert.That(result.Value, Is.EqualTo("verslag"));
        Assert.That(result.Attempts, Is.EqualTo(3));
        Assert.That(result.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task UntilAsync_NeverReady_GivesUpAtTheDeadline()
    {
        var time = new ObservedTimeProvider();
        var poll = new Poller(time).UntilAsync<string>(
            _ => Task.FromResult<string?>(null), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), CancellationToken.None);

        await time.DriveAsync(poll);

        var result = await poll;
        Assert.That(result.Ready, Is.False);
        Assert.That(result.Elapsed, Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6)));
        Assert.That(result.Attempts, Is.InRange(5, 6), "one probe per second until the 5 s deadline");
    }
}
