using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Running;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The simulated world's announcements: it knows the moment something becomes ready (the LVBB wrote a
/// verslag and published to Ozon, the VTH system opened a zaak, the RTR took in rules, the SWF queued a
/// notification) and says so, so a step waiting on it asks again at once instead of after a poll interval.
/// One per world; the engine sees only <see cref="IReadinessSignal"/>.
/// </summary>
public sealed class WorldEvents : IReadinessSignal
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
