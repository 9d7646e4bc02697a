using Spectre.Console.Testing;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Commands;

public sealed class RunCommandTests : WithTempFolder
{
    private const string ApiKey = "sk-Testdorp-4f1e9c2a7b";

    private string Reports => Path.Combine(Folder.FullName, "reports");

    private string History => Path.Combine(Folder.FullName, "history");

    [Test]
    public async Task Run_AnyOutcome_WritesAllFiveReportsAndEndsWithTheVerdict()
    {
        var console = new TestConsole().Width(200);

        await HarnessApp.RunAsync(["run", "--report-dir", Reports], console);

        Assert.That(Directory.GetFiles(Reports).Select(Path.GetFileName), Is.EquivalentTo(new[] { "report.json", "junit.xml", "report.html", "findings.md", "findings.csv" }));
        Assert.That(console.Lines.Last(l => l.Trim().Length > 0), Does.StartWith("De keten is"));
    }

    [Test]
    public async Task Run_LangEn_WritesTheReportsInEnglish()
    {
        var console = new TestConsole().Width(200);

        await HarnessApp.RunAsync(["run", "--report-dir", Reports, "--lang", "en"], console);

        Assert.That(File.ReadAllText(Path.Combine(Reports, "report.html")), Does.Contain("<html lang=\"en\">"));
        Assert.That(console.Lines.Last(l => l.Trim().Length > 0), Does.StartWith("The chain is"));
    }

    [Test]
    public async Task Run_UnknownLanguage_ExitTwoNamingTheOption()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["run", "--report-dir", Reports, "--lang", "fr"], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--lang"));
    }

    [Test]
    public async Task Run_ApiKeyConfigured_AppearsInNoReportAndNoHistoryFile()
    {
        var console = new TestConsole().Width(200);
        string[] keys = ["Lvbb", "Ozon", "Rtr", "Indienen"];

        await HarnessApp.RunAsync(
            ["run", "--report-dir", Reports, "--history", History, .. keys.SelectMany(k => new[] { "--set", $"ChainHarness:Profiles:local:Endpoints:{k}:ApiKey={ApiKey}" })],
            console);

        var written = Directory.GetFiles(Folder.FullName, "*", SearchOption.AllDirectories);
        Assert.That(written, Has.Length.EqualTo(6), "five reports and one history file");
        foreach (var file in written)
        {
            Assert.That(File.ReadAllText(file), Does.Not.Contain(ApiKey), file);
        }

        Assert.That(console.Output, Does.Not.Contain(ApiKey));
    }

    [Test]
    public async Task Run_TwiceWithHistory_SecondRunComparesWithTheFirst()
    {
        await HarnessApp.RunAsync(["run", "--report-dir", Reports, "--history", History], new TestConsole().Width(200));
        var console = new TestConsole().Width(200);

        await HarnessApp.RunAsync(["run", "--report-dir", Reports, "--history", History], console);

        Assert.That(Directory.GetFiles(Path.Combine(History, "local")), Has.Length.EqualTo(2));
        Assert.That(console.Output, Does.Contain("Wat is veranderd sinds de vorige run"));
        Assert.That(File.ReadAllText(Path.Combine(Reports, "report.json")), Does.Contain("\"previousRunAt\""));
    }

    [Test]
    public async Task Run_Cancelled_StillWritesEveryReportAndExits130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["run", "--report-dir", Reports], console, cancelled.Token);

        Assert.That(exit, Is.EqualTo(130));
        Assert.That(Directory.GetFiles(Reports), Has.Length.EqualTo(5));
        Assert.That(File.ReadAllText(Path.Combine(Reports, "report.json")), Does.Contain("\"cancelled\": true"));
    }
}
