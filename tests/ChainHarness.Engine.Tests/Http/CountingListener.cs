using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>
/// A loopback TCP listener that counts the connections it gets and answers the n-th with the n-th
/// of its scripted responses (the last one repeats): raw HTTP text, <see cref="Reset"/> to drop the
/// connection with a TCP reset, or null to never answer (a hanging system).
/// </summary>
internal sealed class CountingListener : IDisposable
{
    public const string Ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";

    public const string Reset = "(reset)";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string?[] _responses;
    private int _connections;

    public CountingListener(params string?[] responses)
    {
        _responses = responses.Length == 0 ? [Ok] : responses;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Waits (in real time, at most 30 s: a loaded CI machine can be slow to connect) until <paramref name="count"/> connections arrived.</summary>
    public async Task WaitForConnectionsAsync(int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Connections < count && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(5);
        }
    }

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

            var index = Interlocked.Increment(ref _connections) - 1;
            _ = AnswerAsync(client, _responses[Math.Min(index, _responses.Length - 1)]);
        }
    }

    private async Task AnswerAsync(TcpClient client, string? response)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                _ = await stream.ReadAsync(buffer, _stop.Token);
                if (response is null)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                if (response == Reset)
                {
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Client.Close();
                    return;
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes(response!), _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // the test is over or the client gave up
            }
        }
    }
}
