using System.Text.Json.Nodes;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>
/// merge-reports trusts nothing in a summary.json: a <c>reports</c> entry that climbs out of the
/// shard folder or is absolute is refused (exit 2, naming it), and nothing is written or copied anywhere.
/// </summary>
[Category("Robustness")]
public sealed class MergeReportsContainmentTests : WithTempFolder
{
    private static readonly string[] Entries = ["../outside", "../../outside", "a/../../outside", "/tmp/chainharness-abs", "./../outside", "C:/Windows", "..", ""];

    [Test]
    public async Task MergeReports_ReportsEntryOutsideTheShard_ExitTwoAndNothingCopied()
    {
        // Given a real one-profile sweep folder, and an 'outside' folder with a junit.xml where a tampered entry points
        var profiles = Cli.Tests.Sweeps.GeneratedProfiles.Write(PathIn("profiles"), 1);
        var shard = PathIn("shard");
        Assert.That(await HarnessApp.RunAsync(["run", "--profiles", profiles, "--steps", "1", "--report-dir", shard], new TestConsole()), Is.EqualTo(0).Or.EqualTo(1));
        Directory.CreateDirectory(PathIn("outside"));
        await File.WriteAllTextAsync(PathIn("outside/junit.xml"), "<testsuites/>");
        var summaryFile = Path.Combine(shard, "summary.json");
        var original = await File.ReadAllTextAsync(summaryFile);
        var results = new List<string>();

        foreach (var entry in Entries)
        {
            var summary = JsonNode.Parse(original)!;
            summary["profiles"]![0]!["reports"] = entry;
            await File.WriteAllTextAsync(summaryFile, summary.ToJsonString());
            var merged = PathIn("merged-" + results.Count);
            var console = new TestConsole().Width(300);

            // When the shard is merged
            var exit = await HarnessApp.RunAsync(["merge-reports", shard, "--report-dir", merged], console);

            // Then it is a usage error naming the entry's profile, and nothing was written
            results.Add($"{entry}: exit {exit}");
            Assert.That(exit, Is.EqualTo(HarnessApp.ExitUsage), entry + ": " + console.Output);
            Assert.That(console.Output, Does.Contain("summary.json").And.Contain("refused"), entry);
            Assert.That(Directory.Exists(merged), Is.False, entry);
        }

        Assert.That(Directory.GetFileSystemEntries(PathIn("")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "profiles", "shard", "outside" }));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, results));
    }
}
