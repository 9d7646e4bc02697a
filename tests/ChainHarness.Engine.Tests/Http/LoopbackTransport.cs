using System.Net;
using System.Net.Sockets;
using ChainHarness.Engine.Http;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>
/// A transport that connects every host name, production or not, to one loopback port: whatever a
/// client would send anywhere arrives at a <see cref="CountingListener"/> instead, and nothing
/// ever reaches a real host.
/// </summary>
internal sealed class LoopbackTransport(int port) : HttpTransport
{
    public override HttpMessageHandler Handler(HttpMessageHandler standard)
    {
        standard.Dispose();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
    }
}
