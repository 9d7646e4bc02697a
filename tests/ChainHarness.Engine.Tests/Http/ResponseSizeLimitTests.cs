using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using RestSharp;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>
/// <c>Timing:MaxResponseBytes</c> while the answer arrives: a declared Content-Length over the limit
/// fails before the body is read, and an undeclared (chunked) body fails once it passes the limit;
/// neither waits for the rest, neither is retried, and the cause names the setting.
/// </summary>
[Category("Robustness")]
public sealed class ResponseSizeLimitTests
{
    private const long Limit = 64 * 1024;

    [Test]
    public async Task SendAsync_DeclaredLengthOverTheLimit_FailsWithoutReadingTheBody()
    {
        // Given a server that declares 300 MB, sends 1 KB of it and then closes the connection
        using var listener = new CountingListener($"HTTP/1.1 200 OK\r\nContent-Length: {300L * 1024 * 1024}\r\n\r\n{new string('x', 1024)}");
        await AssertRefusedAsync(listener);
    }

    [Test]
    public async Task SendAsync_ChunkedBodyPastTheLimit_FailsOnceItPassesTheLimit()
    {
        // Given a server that streams 128 KB without a length and then closes the connection
        var chunk = new string('y', 128 * 1024);
        using var listener = new CountingListener($"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{chunk.Length:x}\r\n{chunk}\r\n");
        await AssertRefusedAsync(listener);
    }

    private static async Task AssertRefusedAsync(CountingListener listener)
    {
        using var client = new ApiClient(
            new ApiClientSettings("Ozon", new Uri($"http://127.0.0.1:{listener.Port}/"))
            {
                Resilience = new EndpointResilience(2, TimeSpan.FromMinutes(2), TimeSpan.Zero),
                MaxResponseBytes = Limit,
            },
            TimeProvider.System);
        var evidence = new EvidenceLog(SecretRedactor.None);

        // When (the server closes without finishing the body)
        var response = await client.SendAsync(new RestRequest("x"), evidence, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        // Then a failed exchange naming the setting, not retried
        Assert.That(response.ResponseStatus, Is.EqualTo(ResponseStatus.Error), response.ErrorMessage);
        Assert.That(response.ErrorMessage, Does.Contain("Timing:MaxResponseBytes"));
        Assert.That(listener.Connections, Is.EqualTo(1));
        Assert.That(evidence.Items.Single().ResponseBody, Does.Contain("Timing:MaxResponseBytes"));
    }
}
