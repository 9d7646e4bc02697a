using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// With a secret API key configured for every national endpoint, no output of a full run (console,
/// report.json, junit.xml, report.html, findings, history) contains any of them.
/// </summary>
[Category("Robustness")]
public sealed class SecretsTests
{
    public static readonly IReadOnlyList<string> Secrets = [.. DsoEndpoint.All.Select(e => $"s3cr3t-{e.ToLowerInvariant()}-{Guid.NewGuid():N}")];

    [Test]
    public async Task Run_WithSecretsConfigured_NoOutputContainsAny()
    {
        // Given a key per endpoint (the simulators require and get exactly these)
        using var folder = TempFolder.Create();
        var reports = Path.Combine(folder.Path, "reports");
        var history = Path.Combine(folder.Path, "history");
        var sets = DsoEndpoint.All.Zip(Secrets).SelectMany(p => new[] { "--set", $"ChainHarness:Profiles:local-partners:Endpoints:{p.First}:ApiKey={p.Second}" });
        var console = new TestConsole().Width(300);

        // When the full chain runs twice (so history compares), once with a failure
        var first = await HarnessApp.RunAsync(["run", "--profile", "local-partners", "--report-dir", reports, "--history", history, .. sets], console);
        var second = await HarnessApp.RunAsync(["run", "--profile", "local-partners", "--fault", "F7", "--lang", "en", "--report-dir", reports, "--history", history, .. sets], console);

        // Then none of the secrets is in anything written
        var outputs = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).ToList();
        TestContext.Out.WriteLine($"exit {first}, {second}; scanned {outputs.Count} files and the console for {Secrets.Count} secrets");
        Assert.That(first, Is.EqualTo(0).Or.EqualTo(1), console.Output);
        Assert.That(second, Is.EqualTo(1));
        Assert.That(outputs, Has.Count.GreaterThanOrEqualTo(7));
        foreach (var secret in Secrets)
        {
            Assert.That(console.Output, Does.Not.Contain(secret));
            foreach (var file in outputs)
            {
                Assert.That(await File.ReadAllTextAsync(file), Does.Not.Contain(secret), Path.GetFileName(file));
            }
        }
    }
}
