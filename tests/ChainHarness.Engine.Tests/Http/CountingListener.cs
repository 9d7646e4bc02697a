using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>
/// A loopback TCP listener that counts the connections it gets and answers each request with a
/// fixed HTTP response (or never, when <paramref name="response"/> is null: a hanging system).
/// </summary>
internal sealed class CountingListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string? _response;
    private int _connections;

    public CountingListener(string? response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    {
        _response = response;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

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
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                _ = await stream.ReadAsync(buffer, _stop.Token);
                if (_response is null)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes(_response!), _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // the test is over or the client gave up
            }
        }
    }
}
