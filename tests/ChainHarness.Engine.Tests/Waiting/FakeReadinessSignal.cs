using ChainHarness.Engine.Waiting;

namespace ChainHarness.Engine.Tests.Waiting;

/// <summary>A readiness signal a test announces on by hand (<see cref="Announcements"/>); counts who waited on it.</summary>
internal sealed class FakeReadinessSignal : IReadinessSignal
{
    private readonly Announcements _announcements = new();
    private int _waits;

    public long Mark => _announcements.Mark;

    /// <summary>How many times a wait asked to hear of the next announcement.</summary>
    public int Waits => Volatile.Read(ref _waits);

    public void Announce() => _announcements.Announce();

    public Task AnnouncedAfterAsync(long mark, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waits);
        return _announcements.AnnouncedAfterAsync(mark, cancellationToken);
    }
}
