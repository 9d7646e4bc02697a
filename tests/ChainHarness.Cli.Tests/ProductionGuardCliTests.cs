using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests;

public sealed class ProductionGuardCliTests
{
    [Test]
    public async Task Run_ProductionBaseUrl_ExitTwoNamingKeyHostAndThatNoPreHostIsKnown_AndTheRunNeverStarts()
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
            .And.Contain("zoek.officielebekendmakingen.nl").And.Contain("no known pre-productie host"));
        Assert.That(Directory.GetFiles(reports).Select(Path.GetFileName), Is.EqualTo(new[] { "junit.xml" }), "no run started: only the junit.xml that says why");
        Assert.That(File.ReadAllText(Path.Combine(reports, "junit.xml")), Does.Contain("ConfigurationError").And.Contain("Endpoints:Lvbb:BaseUrl"));
    }

    [TestCase("pre.service.omgevingswet.overheid.nl")]
    [TestCase("pre.omgevingswet.overheid.nl")]
    [TestCase("preprod.lvbb.overheid.nl")]
    public async Task Run_HostWithAPreLabelThatIsNoKnownPreHost_RefusedExitTwo(string host)
    {
        // Given a host that only looks like pre-productie (a pre label), not one of the known pre-productie hosts
        using var reports = Testing.TempFolder.Create();
        var console = new TestConsole().Width(400);

        // When
        var exit = await HarnessApp.RunAsync(
            ["run", "--report-dir", reports.Path, "--set", "ChainHarness:Profiles:local:Endpoints:Ozon:Mode=Live", "--set", $"ChainHarness:Profiles:local:Endpoints:Ozon:BaseUrl=https://{host}/publiek"],
            console);

        // Then it is refused as production
        Assert.That(exit, Is.EqualTo(2), console.Output);
        Assert.That(console.Output, Does.Contain("Endpoints:Ozon:BaseUrl").And.Contain(host).And.Contain("production host"));
    }
}
