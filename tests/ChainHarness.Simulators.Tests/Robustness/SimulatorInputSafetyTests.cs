using System.IO.Compression;
using System.Net;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// The simulators refuse path traversal, XML entity expansion and oversized uploads with a 4xx
/// problem (never a 5xx or a crash), and the next good request still succeeds.
/// </summary>
[Category("Robustness")]
public sealed class SimulatorInputSafetyTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <lolz>&lol3;</lolz>
        """;

    private LocalSimulation _simulation = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _simulation = LocalSimulation.Start(new ProfileOptions());
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Add("x-api-key", EndpointOptions.SimulatedApiKey);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _http.Dispose();
        _simulation.Dispose();
    }

    public static IEnumerable<TestCaseData> HostileRequests()
    {
        yield return new TestCaseData(DsoEndpoint.Lvbb, "/opdrachten", Zip(("../../etc/passwd", "x"u8.ToArray())), "application/zip").SetArgDisplayNames("LVBB: ZIP with ../ entry");
        yield return new TestCaseData(DsoEndpoint.Lvbb, "/opdrachten", Zip(("/abs/opdracht.xml", "x"u8.ToArray())), "application/zip").SetArgDisplayNames("LVBB: ZIP with absolute entry");
        yield return new TestCaseData(DsoEndpoint.Lvbb, "/opdrachten", Zip(("opdracht.xml", Encoding.UTF8.GetBytes(BillionLaughs))), "application/zip").SetArgDisplayNames("LVBB: opdracht with entity expansion");
        yield return new TestCaseData(DsoEndpoint.Lvbb, "/opdrachten", "PK\u0003\u0004garbage"u8.ToArray(), "application/zip").SetArgDisplayNames("LVBB: malformed ZIP");
        yield return new TestCaseData(DsoEndpoint.Aanleveren, "", Encoding.UTF8.GetBytes(BillionLaughs), "text/xml").SetArgDisplayNames("Aanleveren: entity expansion");
        yield return new TestCaseData(DsoEndpoint.Verifieren, "/../../../etc/passwd", Encoding.UTF8.GetBytes(BillionLaughs), "application/xml").SetArgDisplayNames("Verifieren: path traversal URL");
        yield return new TestCaseData(DsoEndpoint.Ozon, "/%2e%2e/%2e%2e/etc/passwd", Array.Empty<byte>(), "text/plain").SetArgDisplayNames("Ozon: encoded path traversal");
    }

    [TestCaseSource(nameof(HostileRequests))]
    public async Task Post_HostileInput_RefusedWith4xxAndStaysUp(string endpoint, string path, byte[] body, string contentType)
    {
        var url = _simulation.EndpointUrls[endpoint];

        using var response = await _http.PostAsync(url + path, new ByteArrayContent(body) { Headers = { { "Content-Type", contentType } } });

        // A SOAP service answers a refusal as a soap:Client fault with HTTP 500 (SOAP 1.1); the others with 4xx.
        var text = await response.Content.ReadAsStringAsync();
        var refused = (int)response.StatusCode is >= 400 and < 500 || (endpoint == DsoEndpoint.Aanleveren && text.Contains("Client", StringComparison.Ordinal));
        Assert.That(refused, Is.True, $"{(int)response.StatusCode}: {text}");
        Assert.That(text, Does.Not.Contain("lollollol").And.Not.Contain("root:"));
        await AssertStillUpAsync();
    }

    [Test]
    public async Task Post_OversizedUpload_RefusedWith413ProblemAndStaysUp()
    {
        var lvbb = _simulation.Servers.First(s => s.Name == DsoEndpoint.Lvbb);
        lvbb.MaxUploadBytes = 1024 * 1024;

        using var response = await _http.PostAsync(lvbb.BaseUrl + "/opdrachten", new ByteArrayContent(new byte[2 * 1024 * 1024]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("larger than the limit"));
        await AssertStillUpAsync();
    }

    private async Task AssertStillUpAsync()
    {
        using var good = await _http.GetAsync(_simulation.EndpointUrls[DsoEndpoint.Lvbb] + "/opdrachten/unknown/verslag");
        Assert.That((int)good.StatusCode, Is.LessThan(500), "the LVBB simulator still answers");
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
