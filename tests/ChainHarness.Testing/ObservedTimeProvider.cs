using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that sees every timer the code under test creates (Polly's
/// delays and timeouts, <c>Task.Delay</c> on a provider, deadline token sources), so a test can
/// wait until a wait has begun, check how long it is, and move time exactly to the next timer
/// instead of sleeping.
/// </summary>
public sealed class ObservedTimeProvider : FakeTimeProvider
{
    private static readonly TimeSpan RealLimit = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private readonly List<WatchedTimer> _timers = [];
    private readonly List<TimeSpan> _dueTimes = [];
    private long _changes;

    public ObservedTimeProvider()
        : base(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every finite due time a timer was created or changed with so far, in order.</summary>
    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _dueTimes];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, base.CreateTimer(callback, state, dueTime, period), dueTime);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        Touch(dueTime);
        return timer;
    }

    /// <summary>Waits (in real time, bounded) until <paramref name="count"/> timers of <paramref name="dueTime"/> were set.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, int count = 1) =>
        WaitUntilAsync(d => d.Count(t => t == dueTime) >= count, $"{count} timer(s) of {dueTime}");

    /// <summary>Waits (in real time, bounded) until <paramref name="count"/> timers of any length were set; returns the last.</summary>
    public async Task<TimeSpan> WaitForTimersAsync(int count)
    {
        await WaitUntilAsync(d => d.Count >= count, $"{count} timer(s)");
        return DueTimes[count - 1];
    }

    private async Task WaitUntilAsync(Func<IReadOnlyList<TimeSpan>, bool> condition, string what)
    {
        var started = DateTime.UtcNow;
        while (!condition(DueTimes))
        {
            if (DateTime.UtcNow - started > RealLimit)
            {
                throw new TimeoutException($"Waited for {what}; timers so far: {string.Join(", ", DueTimes)}.");
            }

            await Task.Delay(2);
        }
    }

    /// <summary>
    /// Moves time to each next pending timer once the code under test has gone quiet, until
    /// <paramref name="task"/> completes. For code that waits only on this clock (no real I/O).
    /// </summary>
    public async Task DriveAsync(Task task)
    {
        var started = DateTime.UtcNow;
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow - started > RealLimit)
            {
                throw new TimeoutException("The task did not complete while time was driven.");
            }

            await QuietAsync(task);
            var next = NextDue();
            if (!task.IsCompleted && next is { } due)
            {
                Advance(due - GetUtcNow());
            }
        }
    }

    private async Task QuietAsync(Task task)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _changes);
            await Task.WhenAny(task, Task.Delay(25));
        }
        while (!task.IsCompleted && seen != Interlocked.Read(ref _changes));
    }

    private DateTimeOffset? NextDue()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            return _timers.Where(t => t.Pending(now) && t.DueAt != DateTimeOffset.MaxValue).Select(t => t.DueAt).DefaultIfEmpty().Min() is var min && min > now ? min : null;
        }
    }

    private void Touch(TimeSpan? dueTime = null)
    {
        if (dueTime is { } due && due != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _dueTimes.Add(due);
            }
        }

        Interlocked.Increment(ref _changes);
    }

    private sealed class WatchedTimer(ObservedTimeProvider owner, ITimer inner, TimeSpan dueTime) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset DueAt { get; private set; } = At(owner, dueTime);

        public bool Pending(DateTimeOffset now) => !_disposed && DueAt > now;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DueAt = At(owner, dueTime);
            owner.Touch(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Touch();
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private static DateTimeOffset At(ObservedTimeProvider owner, TimeSpan dueTime) =>
            dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : owner.GetUtcNow() + dueTime;
    }
}
