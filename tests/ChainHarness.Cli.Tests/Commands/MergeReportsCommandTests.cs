using ChainHarness.Engine.Sweeps.Summary;
using ChainHarness.Testing;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

public sealed class MergeReportsCommandTests : WithTempFolder
{
    [Test]
    public async Task MergeReports_AShardMissing_ExitTwoNamingItAndWritesNothing()
    {
        var profiles = Sweeps.GeneratedProfiles.Write(PathIn("profiles"), 3);
        foreach (var i in new[] { 1, 3 })
        {
            await HarnessApp.RunAsync(["run", "--profiles", profiles, "--steps", "1", "--shard", $"{i}/3", "--report-dir", PathIn($"shard-{i}")], new TestConsole());
        }

        var console = new TestConsole().Width(200);
        var exit = await HarnessApp.RunAsync(["merge-reports", PathIn("shard-1"), PathIn("shard-3"), "--report-dir", PathIn("merged")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("shard 2/3 is missing."));
        Assert.That(Directory.Exists(PathIn("merged")), Is.False);
    }

    [Test]
    public async Task MergeReports_FolderWithoutSummary_ExitTwoNamingIt()
    {
        Directory.CreateDirectory(PathIn("empty"));
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["merge-reports", PathIn("empty")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain($"holds no {SweepSummaryFile.FileName}"));
    }

    [Test]
    public async Task MergeReports_NoSuchFolder_ExitTwo()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["merge-reports", PathIn("nergens")], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("nergens"));
    }
}
