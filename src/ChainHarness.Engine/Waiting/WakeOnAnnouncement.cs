namespace ChainHarness.Engine.Waiting;

/// <summary>
/// The time a poll's Polly retry waits on: the same clock, but a delay also ends as soon as the
/// <see cref="IReadinessSignal"/> announces something after the mark of the last probe. Timers with
/// a period (none in a retry) keep the clock's behaviour.
/// </summary>
internal sealed class WakeOnAnnouncement(TimeProvider inner, IReadinessSignal signal, Func<long> lastProbeMark) : TimeProvider
{
    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        period == Timeout.InfiniteTimeSpan
            ? new AnnouncedOrDueTimer(inner, signal, lastProbeMark(), callback, state, dueTime)
            : inner.CreateTimer(callback, state, dueTime, period);
}
