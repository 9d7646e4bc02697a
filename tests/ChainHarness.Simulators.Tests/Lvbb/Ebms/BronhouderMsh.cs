using System.Threading.Channels;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>The bronhouder's receiving ebMS endpoint in a test: a loopback server that keeps every message it gets, in order.</summary>
internal sealed class BronhouderMsh : IDisposable
{
    private readonly WireMockServer _server;
    private readonly Channel<(byte[] Body, string ContentType)> _received = Channel.CreateUnbounded<(byte[], string)>();

    public BronhouderMsh()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _server.Given(Request.Create().WithPath("/ebms").UsingPost()).RespondWith(Response.Create().WithCallback(message =>
        {
            var type = message.Headers!.First(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value[0];
            _received.Writer.TryWrite((message.BodyAsBytes ?? [], type));
            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
    }

    public string Endpoint => _server.Url + "/ebms";

    /// <summary>The next message's parts; the token only guards against a hang (no timing is asserted).</summary>
    public async Task<List<string>> NextAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (body, type) = await _received.Reader.ReadAsync(guard.Token);
        return RawEbms.Parts(body, type);
    }

    public void Dispose() => _server.Dispose();
}
