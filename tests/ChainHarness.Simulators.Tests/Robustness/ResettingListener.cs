using System.Net;
using System.Net.Sockets;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>A loopback TCP listener that accepts each connection and resets it at once (RST), as a crashing server does.</summary>
internal sealed class ResettingListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    public ResettingListener()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>How many connections it accepted (and reset) so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
