using ChainHarness.Engine.Sweeps;

namespace ChainHarness.Engine.Tests.Sweeps;

public sealed class WaitFollowingGateTests
{
    [Test]
    public async Task Release_RunsWereWaitingAndOthersWaitTheirTurn_LetsOneMoreRunAtOnce()
    {
        using var gate = new WaitFollowingGate(1, 4, busy: () => 0.3);
        await gate.WaitAsync(CancellationToken.None);
        var second = gate.WaitAsync(CancellationToken.None);
        var third = gate.WaitAsync(CancellationToken.None);

        gate.Release(othersWaiting: true);

        await Task.WhenAll(second, third).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(gate.Width, Is.EqualTo(2), "the freed slot and one more");
    }

    [Test]
    public void Release_ProcessorsBusyEnough_KeepsTheWidth()
    {
        using var gate = new WaitFollowingGate(2, 8, busy: () => 0.95);

        gate.WaitAsync(CancellationToken.None);
        gate.Release(othersWaiting: true);

        Assert.That(gate.Width, Is.EqualTo(2));
    }

    [Test]
    public void Release_NobodyWaitsTheirTurn_KeepsTheWidth()
    {
        using var gate = new WaitFollowingGate(2, 8, busy: () => 0.1);

        gate.WaitAsync(CancellationToken.None);
        gate.Release(othersWaiting: false);

        Assert.That(gate.Width, Is.EqualTo(2));
    }

    [Test]
    public void Release_ManyTimesWhileIdle_NeverWiderThanTheWidest()
    {
        using var gate = new WaitFollowingGate(2, 3, busy: () => 0);

        for (var i = 0; i < 5; i++)
        {
            gate.WaitAsync(CancellationToken.None);
            gate.Release(othersWaiting: true);
        }

        Assert.That(gate.Width, Is.EqualTo(3));
    }

    [Test]
    public void Release_FixedWidthChosenByTheUser_NeverWidens()
    {
        using var gate = new WaitFollowingGate(4, 4, busy: () => 0);

        gate.WaitAsync(CancellationToken.None);
        gate.Release(othersWaiting: true);

        Assert.That(gate.Width, Is.EqualTo(4));
    }
}
