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

    /// <summary>
    /// Dutch output's English sentences still waiting for the catalogue (failure causes of steps 1, 4b–11 that the
    /// parallel lanes were rewriting): a ratchet. A new foreign sentence fails; one listed that no longer shows is reported.
    /// </summary>
    private static readonly HashSet<string> Pending = [.. File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Texts", "pending-translation.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))];

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

        AssertOneLanguage(problems, lang == "nl");
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

        Assert.That(problems.Where(p => !Pending.Contains(Sentence(p))), Is.Empty, string.Join(Environment.NewLine, problems.Distinct()));
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

        Assert.That(problems.Where(p => !Pending.Contains(Sentence(p))), Is.Empty, string.Join(Environment.NewLine, problems.Distinct().Order()));
    }

    /// <summary>No foreign sentence beyond the pending list; in Dutch, every pending one still shows (else remove it from the list).</summary>
    private static void AssertOneLanguage(IReadOnlyCollection<string> problems, bool dutch)
    {
        var unexpected = problems.Where(p => !Pending.Contains(Sentence(p))).Distinct().Order().ToList();
        Assert.That(unexpected, Is.Empty, string.Join(Environment.NewLine, unexpected));
        if (dutch)
        {
            // Console lines wrap with the ids' lengths, so a pending sentence may show split differently: say so, do not fail.
            var seen = problems.Select(Sentence).ToHashSet();
            foreach (var gone in Pending.Where(p => !seen.Contains(p)))
            {
                TestContext.Out.WriteLine($"not seen this run (translated? then remove it from pending-translation.txt): {gone}");
            }
        }
    }

    /// <summary>The sentence of a problem ("F7 report.html: …"), its spaces collapsed.</summary>
    private static string Sentence(string problem) =>
        System.Text.RegularExpressions.Regex.Replace(problem[(problem.IndexOf(": ", StringComparison.Ordinal) + 2)..], @"\s+", " ").Trim();
}
