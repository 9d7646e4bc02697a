using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using ChainHarness.Cli.Tests.Packaging;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// The secret model from outside: the tool runs as its own process with a marker planted in every
/// secret-shaped place (endpoint and driver URL userinfo, API keys, a certificate password, a literal
/// credential header, an <c>${env:…}</c> value), each value holding <c>"</c>, <c>&lt;</c> and <c>&amp;</c>,
/// against a server that echoes whatever it is sent. Every output (console, report.json/html, junit,
/// findings, history with its evidence) is searched for each marker's core, which survives any
/// escaping (JSON, HTML, XML, URL), and for the Base64 of the userinfo: no hit.
/// </summary>
[Category("Robustness")]
[NonParallelizable]
public sealed class SecretMarkerTests
{
    private static readonly string Dll = CliUnderTest.Dll;

    [Test]
    public async Task Run_MarkersInEverySecretPlace_NoOutputHoldsAnyFormOfThem()
    {
        // Given markers, an echoing server, a certificate, and a profile that plants them everywhere
        using var folder = TempFolder.Create();
        var input = Directory.CreateDirectory(Path.Combine(folder.Path, "input")).FullName;
        var output = Path.Combine(folder.Path, "output");
        using var echo = new EchoServer();
        var m = Enumerable.Range(0, 8).Select(i => $"mk{i}{Guid.NewGuid():N}"[..16]).ToArray();
        var tail = "\"<&x";
        var pfx = Path.Combine(input, "pkio.p12");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Testdorp", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, m[5] + tail));
        }

        var url = $"http://127.0.0.1:{echo.Port}";
        var driverInfo = $"drv:{m[0]}%22%3C%26x";
        var endpointInfo = $"ep:{m[2]}%26x";
        var profile = new Dictionary<string, object>
        {
            ["Endpoints"] = new Dictionary<string, object>
            {
                ["Rtr"] = new { Mode = "Live", BaseUrl = $"http://{endpointInfo}@127.0.0.1:{echo.Port}/rtr/?api_key={m[6]}", ApiKey = m[3] + tail },
                ["Lvbb"] = new { ApiKey = m[4] + tail },
                ["Afhandelen"] = new { Mode = "Live", BaseUrl = url + "/afhandelen/", CertificateFile = pfx, CertificatePasswordVariable = "LEAK_CERT_PASSWORD" },
            },
            ["Drivers"] = new
            {
                PlanSoftware = new
                {
                    Mode = "Http",
                    Http = new
                    {
                        BaseUrl = $"http://{driverInfo}@127.0.0.1:{echo.Port}/api/",
                        Headers = new Dictionary<string, string> { ["x-api-key"] = m[1] + tail, ["Authorization"] = "Bearer ${env:LEAK_TOKEN}" },
                        Operations = new Dictionary<string, object[]>
                        {
                            ["ProduceChange"] = [new { Method = "POST", Url = "wijzigingen", Body = "{}", ExpectStatus = new[] { 201 } }],
                        },
                    },
                },
            },
        };
        var config = Path.Combine(input, "leak.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { ChainHarness = new { Profiles = new { leak = profile } } }));
        string[] run = [Dll, "run", "--config", config, "--profile", "leak", "--report-dir", Path.Combine(output, "reports"), "--history", Path.Combine(output, "history"), "--non-interactive"];
        var console = new StringBuilder();

        // When it runs twice (the history compares), then once with a secret under a mistyped key
        foreach (var args in new[] { run, run, [.. run, "--lang", "en"] })
        {
            var info = ToolProcess.Info("dotnet", AppContext.BaseDirectory, args);
            info.Environment["LEAK_TOKEN"] = m[7] + tail;
            info.Environment["LEAK_CERT_PASSWORD"] = m[5] + tail;
            var (exit, text) = await ToolProcess.RunAsync(info, TimeSpan.FromMinutes(2));
            Assert.That(exit, Is.EqualTo(1), text);
            console.AppendLine(text);
        }

        var mistyped = ToolProcess.Info("dotnet", AppContext.BaseDirectory, Dll, "run", "--report-dir", Path.Combine(output, "typo"));
        mistyped.Environment["ChainHarness__Profiles__local__Endpoints__Ozon"] = m[4] + tail;
        var (typoExit, typoText) = await ToolProcess.RunAsync(mistyped, TimeSpan.FromMinutes(1));
        console.AppendLine(typoText);

        // Then the markers reached the server (so they were really used) and no output holds any form of them
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        var texts = files.Select(f => (Name: Path.GetRelativePath(output, f), Text: File.ReadAllText(f))).Append((Name: "console", Text: console.ToString())).ToList();
        var forms = m.Concat(new[] { driverInfo, endpointInfo }.SelectMany(i => new[] { i, Uri.UnescapeDataString(i) }).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes(i)))).ToList();
        var hits = texts.SelectMany(t => forms.Where(f => t.Text.Contains(f, StringComparison.Ordinal)).Select(f => $"{t.Name}: {f}")).ToList();
        TestContext.Out.WriteLine($"{echo.Requests} requests echoed; {texts.Count} outputs searched for {forms.Count} forms; {hits.Count} hits");
        Assert.That(typoExit, Is.EqualTo(2), typoText);
        Assert.That(echo.Requests, Is.GreaterThan(0), "the server saw the planted credentials");
        Assert.That(files.Select(Path.GetFileName), Is.SupersetOf(new[] { "report.json", "report.html", "junit.xml", "findings.md", "findings.csv" }));
        Assert.That(Directory.EnumerateFiles(Path.Combine(output, "history"), "*", SearchOption.AllDirectories), Is.Not.Empty);
        Assert.That(texts.Any(t => t.Text.Contains("you sent", StringComparison.Ordinal)), Is.True, "the echo reached the evidence");
        Assert.That(hits, Is.Empty);
    }
}
