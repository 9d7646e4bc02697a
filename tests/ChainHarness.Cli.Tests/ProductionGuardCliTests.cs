using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests;

public sealed class ProductionGuardCliTests
{
    [Test]
    public async Task Run_ProductionBaseUrl_ExitTwoNamingKeyHostAndPreHost_AndTheRunNeverStarts()
    {
        // Given
        var reports = Path.Combine(Path.GetTempPath(), "chainharness-tests", Guid.NewGuid().ToString("N"));
        var console = new TestConsole().Width(400);

        // When
        var exit = await HarnessApp.RunAsync(
            [
                "run", "--report-dir", reports,
                "--set", "ChainHarness:Profiles:local:Endpoints:Lvbb:Mode=Live",
                "--set", "ChainHarness:Profiles:local:Endpoints:Lvbb:BaseUrl=https://zoek.officielebekendmakingen.nl/lvbb",
            ],
            console);

        // Then
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("ChainHarness:Profiles:local:Endpoints:Lvbb:BaseUrl")
            .And.Contain("zoek.officielebekendmakingen.nl").And.Contain("pre.zoek.officielebekendmakingen.nl"));
        Assert.That(Directory.GetFiles(reports).Select(Path.GetFileName), Is.EqualTo(new[] { "junit.xml" }), "no run started: only the junit.xml that says why");
        Assert.That(File.ReadAllText(Path.Combine(reports, "junit.xml")), Does.Contain("ConfigurationError").And.Contain("Endpoints:Lvbb:BaseUrl"));
    }
}
