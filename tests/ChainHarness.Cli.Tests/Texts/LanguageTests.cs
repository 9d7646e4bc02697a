using ChainHarness.Engine.Waiting;
using System.Collections.Concurrent;
using System.Text.Json;
using ChainHarness.Engine.Chain;
using ChainHarness.Board.Live;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Texts;

/// <summary>
/// One language per report: every scenario (alles-goed, F1–F20 and what the catalogue adds) runs in Dutch and in
/// English, and no sentence of the other language may show on the console, in report.html, junit.xml, the findings
/// list, report.json's texts or the board's events. Scenarios run in-process, four at a time.
/// </summary>
public sealed class LanguageTests : WithTempFolder
{
    private static readonly IEnumerable<Scenario> Scenarios = ScenarioCatalog.BuiltIn;

    [TestCase("nl")]
    [TestCase("en")]
    public async Task EveryScenario_DemoConsoleAndReports_OneLanguage(string lang)
    {
        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Scenarios, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (scenario, _) =>
        {
            var folder = Path.Combine(Folder.FullName, $"{scenario.Naam}-{lang}");
            var console = new TestConsole().Width(250);
            await HarnessApp.RunAsync(["demo", scenario.Naam, "--lang", lang, "--deadline", "3", "--report-dir", folder], console);
            foreach (var problem in LanguageSurfaces.Problems($"{scenario.Naam} console", console.Output, lang == "nl")
                .Concat(LanguageSurfaces.ReportFolder(scenario.Naam, folder, lang == "nl")))
            {
                problems.Add(problem);
            }
        });

        AssertOneLanguage(problems);
    }

    [TestCase("nl")]
    [TestCase("en")]
    public async Task RunAndErrors_ConsoleAndReports_OneLanguage(string lang)
    {
        string[][] commands =
        [
            ["run", "--fault", "F7"],
            ["run", "--steps", "1-3"],
            ["run", "--profile", "bestaat-niet"],
            ["run", "--set", "ChainHarness:Profiles:local:Endpoints:Lvbb:Mode=Live", "--set", "ChainHarness:Profiles:local:Endpoints:Lvbb:BaseUrl=https://lvbb.overheid.nl/api"],
            ["demo", "F99"],
            ["demo", "F7", "--deadline", "0"],
        ];
        var problems = new List<string>();
        foreach (var (command, i) in commands.Select((c, i) => (c, i)))
        {
            var folder = Path.Combine(Folder.FullName, $"cmd{i}");
            var console = new TestConsole().Width(250);
            await HarnessApp.RunAsync([.. command, "--lang", lang, "--report-dir", folder], console);
            problems.AddRange(LanguageSurfaces.Problems(string.Join(' ', command), console.Output, lang == "nl"));
            problems.AddRange(LanguageSurfaces.ReportFolder(string.Join(' ', command), folder, lang == "nl"));
        }

        AssertOneLanguage(problems);
    }

    [TestCase(ReportLanguage.Dutch)]
    [TestCase(ReportLanguage.English)]
    public async Task EveryScenario_TheBoardsEvents_OneLanguage(ReportLanguage language)
    {
        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Scenarios, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (scenario, cancellationToken) =>
        {
            var chain = LocalBoardChain.Create("local", () => new ProfileOptions
            {
                Timing = new TimingOptions { PollInterval = TimeSpan.FromMilliseconds(25), StepDeadline = TimeSpan.FromSeconds(3), AttemptTimeout = TimeSpan.FromSeconds(1) },
            });
            var events = new EventStream();
            await using var runs = new BoardRuns(chain, events, language);
            runs.TryStart(scenario);
            await runs.Current;
            using var stop = new CancellationTokenSource();
            var reader = events.Subscribe(stop.Token);
            while (reader.TryRead(out var e))
            {
                using var data = JsonDocument.Parse(e.Json);
                foreach (var problem in LanguageSurfaces.Json($"{scenario.Naam} board {e.Type}", data.RootElement, language == ReportLanguage.Dutch))
                {
                    problems.Add(problem);
                }
            }
        });

        AssertOneLanguage(problems);
    }

    /// <summary>No sentence of the other language anywhere (the last pending translations went in session 5).</summary>
    private static void AssertOneLanguage(IEnumerable<string> problems)
    {
        var found = problems.Distinct().Order().ToList();
        Assert.That(found, Is.Empty, string.Join(Environment.NewLine, found));
    }
}
