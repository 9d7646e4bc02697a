namespace ChainHarness.Engine.Waiting;

/// <summary>
/// A readiness signal announced on by hand: every <see cref="Announce"/> raises <see cref="Mark"/> and ends
/// every wait in progress. The simulated world's events are one; tests announce on one directly.
/// </summary>
public class Announcements : IReadinessSignal
{
    private readonly Lock _gate = new();
    private long _mark;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Mark
    {
        get
        {
            lock (_gate)
            {
                return _mark;
            }
        }
    }

    /// <summary>Says that something may have become ready: every wait in progress asks again.</summary>
    public void Announce()
    {
        TaskCompletionSource announced;
        lock (_gate)
        {
            _mark++;
            announced = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        announced.TrySetResult();
    }

    public Task AnnouncedAfterAsync(long mark, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_mark > mark)
            {
                return Task.CompletedTask;
            }

            next = _next.Task;
        }

        return next.WaitAsync(cancellationToken);
    }
}
