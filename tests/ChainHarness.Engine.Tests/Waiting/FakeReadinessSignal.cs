using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Tests.Waiting;

/// <summary>A readiness signal a test announces on by hand; counts who waited on it.</summary>
internal sealed class FakeReadinessSignal : IReadinessSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _mark;
    private int _waits;

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

    /// <summary>How many times a wait asked to hear of the next announcement.</summary>
    public int Waits => Volatile.Read(ref _waits);

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
        Interlocked.Increment(ref _waits);
        lock (_gate)
        {
            return _mark > mark ? Task.CompletedTask : _next.Task.WaitAsync(cancellationToken);
        }
    }
}
