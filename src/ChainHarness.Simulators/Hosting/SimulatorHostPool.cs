using System.Collections.Concurrent;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// Started loopback servers that the simulators of many runs borrow in turn, so a sweep starts a
/// dozen Kestrel servers per worker instead of per profile. Every run still gets simulators and a
/// world of its own; only the listening socket is reused, under a path per run (see
/// <see cref="PooledHost"/>). Dispose when the sweep is over: the idle servers stop.
/// </summary>
public sealed class SimulatorHostPool : IDisposable
{
    private readonly ConcurrentBag<PooledHost> _idle = [];
    private bool _disposed;

    /// <summary>How many servers this pool has started (at most the runs at once × the simulators of a run).</summary>
    public int Started { get; private set; }

    internal PooledHost Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var host))
        {
            return host;
        }

        lock (_idle)
        {
            Started++;
        }

        return PooledHost.Start();
    }

    internal void Return(PooledHost host)
    {
        host.EndLease();
        lock (_idle)
        {
            if (!_disposed)
            {
                _idle.Add(host);
                return;
            }
        }

        host.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
        }

        while (_idle.TryTake(out var host))
        {
            host.Dispose();
        }
    }
}
