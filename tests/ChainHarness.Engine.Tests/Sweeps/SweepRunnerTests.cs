using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Sweeps;
using ChainHarness.Engine.Sweeps.Summary;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Sweeps;

public sealed class SweepRunnerTests : WithTempFolder
{
    [Test]
    public async Task RunAsync_MoreProfilesThanParallelism_NeverRunsMoreAtOnceButFillsEverySlot()
    {
        // Given eight profiles that each hold their slot until three are running at once
        var running = 0;
        var peak = 0;
        var threeRunning = new TaskCompletionSource();
        var request = Request(8, parallelism: 3, async (item, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            if (now == 3)
            {
                threeRunning.TrySetResult();
            }

            await threeRunning.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
            Interlocked.Decrement(ref running);
            return SweepResults.For(item.Name);
        });

        // When
        var summary = await SweepRunner.RunAsync(request);

        // Then
        Assert.That(peak, Is.EqualTo(3));
        Assert.That(summary.Passed, Is.EqualTo(8));
        Assert.That(summary.ExitCode, Is.Zero);
    }

    [Test]
    public async Task RunAsync_EachProfile_GetsItsOwnReportFolderBesideTheSummaryAndOneJunitFile()
    {
        var summary = await SweepRunner.RunAsync(Request(3, 2, (item, _) => Task.FromResult(SweepResults.For(item.Name))));

        Assert.That(Directory.GetDirectories(Folder.FullName).Select(Path.GetFileName), Is.EquivalentTo(new[] { "gm9001", "gm9002", "gm9003" }));
        Assert.That(Directory.GetFiles(PathIn("gm9002")).Select(Path.GetFileName), Does.Contain("report.html").And.Contain("junit.xml"));
        Assert.That(SweepSummaryFile.Read(Folder.FullName)!.Profiles.Select(p => p.Profile), Is.EqualTo(summary.Profiles.Select(p => p.Profile)));
        Assert.That(File.ReadAllText(PathIn("junit.xml")), Does.Contain("name=\"gm9003: Omgevingsplan\""));
    }

    [Test]
    public async Task RunAsync_OneProfileFails_SummaryNamesItsFirstFailingStepAndCauseAndExitIsOne()
    {
        var summary = await SweepRunner.RunAsync(Request(3, 3, (item, _) =>
            Task.FromResult(SweepResults.For(item.Name, item.Name == "gm9002" ? "3" : null, "no verslag from the LVBB"))));

        var failed = summary.Profiles.Single(p => p.Verdict == SweepVerdict.Failed);
        Assert.That(failed.Profile, Is.EqualTo("gm9002"));
        Assert.That(failed.FirstFailingStep, Is.EqualTo("3"));
        Assert.That(failed.Cause, Is.EqualTo("no verslag from the LVBB"));
        Assert.That(failed.Steps.Single(s => s.Id == "4b").Status, Is.EqualTo(StepStatus.Skipped));
        Assert.That(summary.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_HarnessErrorInOneProfile_FailsItsFirstStepWithTheMessageAndTheOthersStillRun()
    {
        var summary = await SweepRunner.RunAsync(Request(3, 1, (item, _) =>
            item.Name == "gm9001" ? throw new InvalidOperationException("no free port") : Task.FromResult(SweepResults.For(item.Name))));

        var broken = summary.Profiles.Single(p => p.Profile == "gm9001");
        Assert.That(broken.FirstFailingStep, Is.EqualTo("1"));
        Assert.That(broken.Cause, Does.Contain("no free port"));
        Assert.That(summary.Passed, Is.EqualTo(2));
        Assert.That(File.Exists(PathIn("gm9001/report.json")), Is.True);
    }

    [Test]
    public async Task RunAsync_Cancelled_MarksUnfinishedProfilesCancelledWritesEveryReportAndExits130()
    {
        using var stop = new CancellationTokenSource();
        var summary = await SweepRunner.RunAsync(
            Request(4, 1, async (item, token) =>
            {
                await stop.CancelAsync();
                await Task.Delay(Timeout.Infinite, token);
                return SweepResults.For(item.Name);
            }),
            cancellationToken: stop.Token);

        Assert.That(summary.Cancelled, Is.EqualTo(4));
        Assert.That(summary.ExitCode, Is.EqualTo(130));
        Assert.That(Directory.GetDirectories(Folder.FullName), Has.Length.EqualTo(4));
    }

    [Test]
    public async Task RunAsync_Shard_RecordsTheShardAndTheWholeSweepsSize()
    {
        var request = Request(2, 2, (item, _) => Task.FromResult(SweepResults.For(item.Name))) with { Shard = new ShardSpec(2, 3), SweepSize = 6 };

        var summary = await SweepRunner.RunAsync(request);

        Assert.That(summary.Shards, Is.EqualTo(new[] { new SummaryShard(2, 3) }));
        Assert.That(summary.SweepSize, Is.EqualTo(6));
        Assert.That(summary.SelectedSteps, Is.EqualTo(new[] { "1", "2", "3", "4a", "4b" }));
    }

    private SweepRequest Request(int profiles, int parallelism, Func<SweepItem, CancellationToken, Task<ChainResult>> run) => new()
    {
        Items = [.. Enumerable.Range(1, profiles).Select(i => new SweepItem($"gm{9000 + i}", new ProfileOptions()))],
        SweepSize = profiles,
        Selection = SweepResults.PlanSteps,
        Parallelism = parallelism,
        ReportDir = Folder.FullName,
        RunChain = run,
        Secrets = _ => SecretRedactor.None,
    };

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
