using System.Diagnostics;

namespace ChainHarness.Engine.Sweeps;

/// <summary>
/// How many profiles of a sweep run at once. Fixed when the user chose (<c>--parallel</c>). Otherwise it
/// follows waiting, not cores: each time a run ends while others wait their turn, the gate looks at how busy
/// this process kept the processors since it last looked; below <see cref="BusyEnough"/> the runs were
/// mostly waiting (on the simulated LVBB, on an endpoint), so one more may run at once, up to the widest.
/// </summary>
public sealed class WaitFollowingGate : IDisposable
{
    /// <summary>The share of all processors this process should keep busy before the gate stops widening.</summary>
    public const double BusyEnough = 0.85;

    private readonly SemaphoreSlim _slots;
    private readonly Func<double> _busy;
    private readonly int _widest;
    private readonly Lock _gate = new();
    private long _lookedAt = Stopwatch.GetTimestamp();
    private TimeSpan _cpuThen = Environment.CpuUsage.TotalTime;
    private int _width;

    /// <param name="width">How many at once to start with.</param>
    /// <param name="widest">How wide it may grow; equal to <paramref name="width"/> for a fixed gate.</param>
    public WaitFollowingGate(int width, int widest)
        : this(width, widest, null)
    {
    }

    /// <param name="busy">Tests: the share of the processors used since the last look (default: this process's, measured).</param>
    internal WaitFollowingGate(int width, int widest, Func<double>? busy)
    {
        _busy = busy ?? Busy;
        _width = Math.Max(1, width);
        _widest = Math.Max(_width, widest);
        _slots = new SemaphoreSlim(_width);
    }

    /// <summary>How many may run at once now (the widest it has been: it never narrows).</summary>
    public int Width => Volatile.Read(ref _width);

    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    /// <summary>A run ended; <paramref name="othersWaiting"/> when profiles still wait their turn.</summary>
    public void Release(bool othersWaiting)
    {
        _slots.Release();
        if (othersWaiting && _widest > Width && _busy() < BusyEnough)
        {
            lock (_gate)
            {
                if (_width < _widest)
                {
                    _width++;
                    _slots.Release();
                }
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>The share of all processors this process used since the last look.</summary>
    private double Busy()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            var wall = Stopwatch.GetElapsedTime(_lookedAt, now);
            var used = cpu - _cpuThen;
            _lookedAt = now;
            _cpuThen = cpu;
            return wall <= TimeSpan.Zero ? 1 : used / (wall * Environment.ProcessorCount);
        }
    }
}
