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
    private bool _disposed;

    /// <summary>How many servers this pool has started (one, once a simulator asked).</summary>
    public int Started { get; private set; }

    internal PooledHost Rent()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_host is null)
            {
                _host = PooledHost.Start();
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
            _host?.Dispose();
            _host = null;
        }
    }
}
