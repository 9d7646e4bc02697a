namespace ChainHarness.Engine.Waiting;

/// <summary>A one-shot timer that fires when it is due or when the signal announces something after a mark, whichever comes first; once.</summary>
internal sealed class AnnouncedOrDueTimer : ITimer
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly ITimer _timer;
    private int _fired;
    private int _disposed;

    public AnnouncedOrDueTimer(TimeProvider time, IReadinessSignal signal, long mark, TimerCallback callback, object? state, TimeSpan dueTime)
    {
        _callback = callback;
        _state = state;
        _timer = time.CreateTimer(_ => Fire(), null, dueTime, Timeout.InfiniteTimeSpan);
        // Never inline: the callback must not run inside CreateTimer, before its caller holds the timer.
        signal.AnnouncedAfterAsync(mark, _stop.Token).ContinueWith(
            static (announced, self) =>
            {
                if (announced.IsCompletedSuccessfully)
                {
                    ((AnnouncedOrDueTimer)self!).Fire();
                }
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period) => _timer.Change(dueTime, period);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stop.Cancel();
            _stop.Dispose();
            _timer.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Fire()
    {
        if (Interlocked.Exchange(ref _fired, 1) == 0 && Volatile.Read(ref _disposed) == 0)
        {
            _callback(_state);
        }
    }
}
