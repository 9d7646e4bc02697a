using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// A loopback HTTP server that refuses everything with 401 and echoes the request's URL and headers
/// in its body, as a careless server does: whatever a client sends comes back into the evidence.
/// </summary>
internal sealed class EchoServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public EchoServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public int Requests { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _serving.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests++;
            var echo = new StringBuilder($"unknown caller at {context.Request.RawUrl}; you sent:\n");
            foreach (var name in context.Request.Headers.AllKeys)
            {
                echo.Append(name).Append(": ").Append(context.Request.Headers[name]).Append('\n');
            }

            var body = Encoding.UTF8.GetBytes(echo.ToString());
            context.Response.StatusCode = 401;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
