using System.Net;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// The web surfaces from outside, each a child process: the board refuses a request whose Host is a
/// foreign name (DNS rebinding) and a cross-site POST; simulate's fault switch and WireMock admin API
/// refuse a foreign Host or a foreign Origin, while loopback callers still get through.
/// </summary>
[Category("Robustness")]
[NonParallelizable]
public sealed class WebSurfaceTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Test]
    public async Task Board_ForeignHostOrCrossSitePost_RefusedLoopbackServed()
    {
        // Given a board on a free loopback port
        using var board = await ServingProcess.StartAsync("Ctrl-C", "board", "--port", "0", "--pace", "0");
        var url = board.Find(@"http://127\.0\.0\.1:\d+/");

        // When / Then: the page for loopback names, a refusal for rebound names and for a foreign page's POST
        Assert.That(await Status(HttpMethod.Get, url, host: null, origin: null), Is.EqualTo(200), board.Output);
        Assert.That(await Status(HttpMethod.Get, url, host: "localhost", origin: null), Is.EqualTo(200));
        foreach (var host in new[] { "evil.example", "127.0.0.1.nip.io", "localhost.evil.example", "attacker.localhost.example:80" })
        {
            Assert.That(await Status(HttpMethod.Get, url, host, origin: null), Is.EqualTo(421), host);
            Assert.That(await Status(HttpMethod.Get, url + "steps/1", host, origin: null), Is.EqualTo(421), host);
        }

        Assert.That(await Status(HttpMethod.Post, url + "runs", host: null, origin: "https://evil.example"), Is.EqualTo(403));
        Assert.That(await Status(HttpMethod.Post, url + "runs", host: null, origin: "null"), Is.EqualTo(403));
    }

    [Test]
    public async Task Simulate_ForeignHostOrOriginOnAdminAndFaults_RefusedAndNothingChanged()
    {
        // Given simulate on free ports
        using var simulate = await ServingProcess.StartAsync("Ctrl-C", "simulate", "--set", "ChainHarness:Simulate:BasePort=0");
        var faults = simulate.Find(@"http://(localhost|127\.0\.0\.1):\d+/faults");
        var admin = simulate.Find(@"http://(localhost|127\.0\.0\.1):\d+/__admin");

        // When a web page (foreign Origin) or a rebound name (foreign Host) tries to switch a fault or reset the mappings
        var refused = new[]
        {
            await Status(HttpMethod.Post, faults + "/F7", host: null, origin: "https://evil.example"),
            await Status(HttpMethod.Post, faults + "/F7", host: "evil.example", origin: null),
            await Status(HttpMethod.Delete, admin + "/mappings", host: null, origin: "http://evil.example:9100"),
            await Status(HttpMethod.Post, admin + "/reset", host: "rebind.example", origin: null),
            await Status(HttpMethod.Get, admin + "/mappings", host: "rebind.example", origin: null),
        };

        // Then each is refused, nothing changed, and a loopback caller still gets through
        Assert.That(refused, Has.All.EqualTo(403), simulate.Output);
        Assert.That(await Http.GetStringAsync(faults), Does.Contain("\"active\":[]"));
        Assert.That(await Status(HttpMethod.Get, admin + "/mappings", host: null, origin: null), Is.EqualTo(200));
        Assert.That(await Status(HttpMethod.Post, faults + "/F7", host: null, origin: "http://localhost:5199"), Is.EqualTo(200));
    }

    private static async Task<int> Status(HttpMethod method, string url, string? host, string? origin)
    {
        using var request = new HttpRequestMessage(method, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
