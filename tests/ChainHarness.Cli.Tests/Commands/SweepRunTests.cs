using ChainHarness.Cli.Tests.Sweeps;
using ChainHarness.Engine.Sweeps.Summary;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

public sealed class SweepRunTests : WithTempFolder
{
    private static TestConsole NewConsole() => new TestConsole { EmitAnsiSequences = false }.Width(250);

    [Test]
    public async Task Sweep_TwentyProfilesInFourShardsMerged_SameSummaryAsTheUnsplitSweep()
    {
        // Given twenty fictional municipalities, three with a fault
        var profiles = GeneratedProfiles.Write(PathIn("profiles"), 20);
        string[] common = ["--profiles", profiles, "--steps", "1-4b", "--parallel", "4"];

        // When the sweep runs whole, and as four shards that are then merged
        var whole = await HarnessApp.RunAsync(["run", .. common, "--report-dir", PathIn("whole")], NewConsole());
        foreach (var i in Enumerable.Range(1, 4))
        {
            await HarnessApp.RunAsync(["run", .. common, "--shard", $"{i}/4", "--report-dir", PathIn($"shard-{i}")], NewConsole());
        }

        var console = NewConsole();
        var merged = await HarnessApp.RunAsync(["merge-reports", .. Enumerable.Range(1, 4).Select(i => PathIn($"shard-{i}")), "--report-dir", PathIn("merged")], console);

        // Then both say the same of every profile and step, in the summary and in the JUnit file
        Assert.That((whole, merged), Is.EqualTo((1, 1)), console.Output);
        Assert.That(SummaryOutcomes.Of(PathIn("merged")), Is.EqualTo(SummaryOutcomes.Of(PathIn("whole"))));
        Assert.That(SummaryOutcomes.JunitCases(PathIn("merged")), Is.EqualTo(SummaryOutcomes.JunitCases(PathIn("whole"))));
        var summary = SweepSummaryFile.Read(PathIn("merged"))!;
        Assert.That(summary.Profiles.Where(p => p.Verdict == SweepVerdict.Failed).Select(p => $"{p.Profile}:{p.FirstFailingStep}"),
            Is.EqualTo(new[] { "gm9003:2", "gm9008:1", "gm9014:3" }));
        Assert.That(Directory.GetDirectories(PathIn("merged")), Has.Length.EqualTo(20));
        Assert.That(console.Output, Does.Contain("gm9014").And.Contain("20 profiel(en): 17 geslaagd, 3 niet geslaagd."));
    }

    [Test]
    public async Task Sweep_ProfilesNamedFromTheConfiguration_EachReportsInItsOwnFolderExitZero()
    {
        File.WriteAllText(PathIn("gemeenten.json"), """
            { "ChainHarness": { "Profiles": {
                "gm9001": { "Municipality": { "Code": "gm9001", "Name": "Eerstedorp", "Oin": "00000001900100000000" } },
                "gm9002": { "Municipality": { "Code": "gm9002", "Name": "Tweededorp", "Oin": "00000001900200000000" } } } } }
            """);
        var console = NewConsole();

        var exit = await HarnessApp.RunAsync(["run", "--config", PathIn("gemeenten.json"), "--profiles", "gm9001,gm9002", "--steps", "1-2", "--report-dir", PathIn("r"), "--lang", "en"], console);

        Assert.That(exit, Is.Zero, console.Output);
        Assert.That(File.Exists(PathIn("r/gm9002/report.html")), Is.True);
        Assert.That(console.Output, Does.Contain("Tweededorp").And.Contain("First failing step").And.Contain("2 profile(s): 2 passed, 0 not passed."));
    }

    [Test]
    public async Task Sweep_BrokenProfiles_ExitTwoNamingEveryBrokenProfileBeforeAnyRuns()
    {
        var profiles = GeneratedProfiles.Write(PathIn("profiles"), 3);
        File.WriteAllText(Path.Combine(profiles, "gm9002.json"), """{ "Municipality": { "Code": "gm9002", "Oin": "12" } }""");
        File.WriteAllText(Path.Combine(profiles, "gm9003.json"), "{ not json");
        var console = NewConsole();

        var exit = await HarnessApp.RunAsync(["run", "--profiles", profiles, "--report-dir", PathIn("r")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("gm9002.json:Municipality:Oin").And.Contain("gm9003.json: is not a JSON object").And.Not.Contain("gm9001.json"));
        Assert.That(Directory.GetFiles(PathIn("r")).Select(Path.GetFileName), Is.EqualTo(new[] { "junit.xml" }), "no profile ran: only the junit.xml that says why");
    }

    [TestCase("--fault", "F77", "'F77' is not a fault the simulators know")]
    [TestCase("--fault", "F5", "F5 (an intrekking that fails between plan software and LVBB) needs")]
    [TestCase("--from-activity", "dakkapel", "FromActivity")]
    public async Task Sweep_OverrideNoProfileCanRun_ExitTwoBeforeAnyRuns(string option, string value, string named)
    {
        var profiles = GeneratedProfiles.Write(PathIn("profiles"), 2);
        var console = NewConsole();

        var exit = await HarnessApp.RunAsync(["run", "--profiles", profiles, option, value, "--report-dir", PathIn("r")], console);

        Assert.That(exit, Is.EqualTo(2), console.Output);
        Assert.That(console.Output, Does.Contain(named).And.Contain("gm9001").And.Contain("gm9002"));
        Assert.That(Directory.GetFiles(PathIn("r")).Select(Path.GetFileName), Is.EqualTo(new[] { "junit.xml" }), "no profile ran");
    }

    [TestCase("--shard", "5/4", "--shard")]
    [TestCase("--parallel", "0", "--parallel")]
    [TestCase("--profile", "local", "--profile runs one profile")]
    public async Task Sweep_BadSweepOption_ExitTwoNamingIt(string option, string value, string expected)
    {
        var console = NewConsole();

        var exit = await HarnessApp.RunAsync(["run", "--profiles", "local", option, value, "--report-dir", PathIn("r")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain(expected));
    }

    [Test]
    public async Task Run_ShardWithoutProfiles_ExitTwo()
    {
        var console = NewConsole();

        var exit = await HarnessApp.RunAsync(["run", "--shard", "1/2", "--report-dir", PathIn("r")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--profiles"));
    }
}
