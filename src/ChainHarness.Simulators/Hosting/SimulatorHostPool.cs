namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// One started loopback server that the simulators of a run, or of every run of a sweep, share: each
/// simulator has a path of its own on it (see <see cref="PooledHost"/>), and every run still has
/// simulators and a world of its own; only the listening socket is shared, so a run starts one
/// Kestrel server instead of a dozen, and a sweep one in all however many run at once. Dispose when
/// the run or sweep is over: the server stops.
/// </summary>
public sealed class SimulatorHostPool : IDisposable
{
    private readonly Lock _gate = new();
    private PooledHost? _host;
    private Task<PooledHost>? _early;
    private bool _disposed;

    /// <summary>How many servers this pool has started (one, once a simulator asked).</summary>
    public int Started { get; private set; }

    /// <summary>
    /// Starts the server now, in the background, so that its start (the largest part of a cold run's simulator
    /// start-up) overlaps with reading the configuration and seeding the world; the first simulator then waits
    /// for it instead of starting it. A start that failed fails that first simulator, as a start on demand would.
    /// </summary>
    public void StartEarly()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _early ??= _host is null ? Task.Run(PooledHost.Start) : null;
        }
    }

    internal PooledHost Rent()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_host is null)
            {
                _host = _early is { } early ? early.GetAwaiter().GetResult() : PooledHost.Start();
                Started++;
            }

            return _host;
        }
    }

    internal static void Return(PooledHost host, string lease) => host.EndLease(lease);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_host is null && _early is { } early)
            {
                // Started early but never rented (the configuration was refused, say): stop it once it is up.
                Task.WaitAny(early);
                if (early.IsCompletedSuccessfully)
                {
                    early.Result.Dispose();
                }
            }

            _host?.Dispose();
            _host = null;
        }
    }
}
