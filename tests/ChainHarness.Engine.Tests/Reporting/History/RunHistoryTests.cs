using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Reporting.History;

public sealed class RunHistoryTests : WithTempFolder
{
    [Test]
    public async Task CompareWithPrevious_NoEarlierRun_GivesNull()
    {
        var history = new RunHistory(Folder.FullName);

        Assert.That(history.CompareWithPrevious(await SampleRuns.AllPassingAsync()), Is.Null);
    }

    [Test]
    public async Task CompareWithPrevious_StepBrokeSinceTheLastRun_NamesTheStepBothStatusesAndTheDate()
    {
        // Given a passing run kept yesterday
        var history = new RunHistory(Folder.FullName);
        var yesterday = At(await SampleRuns.AllPassingAsync(), -1);
        Keep(history, yesterday);

        // When today 4b fails
        var today = await SampleRuns.Failing4bAsync();
        var comparison = history.CompareWithPrevious(today);

        // Then
        Assert.That(comparison!.PreviousRunAt, Is.EqualTo(yesterday.StartedAt));
        Assert.That(comparison.Changes, Is.EqualTo(new[] { new StepChange("4b", StepStatus.Passed, StepStatus.Failed) }));
        Assert.That(ReportText.Dutch.Change(comparison.Changes[0], comparison.PreviousRunAt),
            Is.EqualTo($"4b: geslaagd → gefaald sinds {ReportText.Dutch.When(yesterday.StartedAt)}"));
    }

    [Test]
    public async Task CompareWithPrevious_UsesTheLatestEarlierRunNotAnOlderOne()
    {
        var history = new RunHistory(Folder.FullName);
        Keep(history, At(await SampleRuns.Failing4bAsync(), -3));
        var latest = At(await SampleRuns.AllPassingAsync(), -1);
        Keep(history, latest);

        var comparison = history.CompareWithPrevious(await SampleRuns.AllPassingAsync());

        Assert.That(comparison!.PreviousRunAt, Is.EqualTo(latest.StartedAt));
        Assert.That(comparison.Changes, Is.Empty);
    }

    [Test]
    public async Task CompareWithPrevious_CancelledOrOtherProfileRuns_AreNotThePrevious()
    {
        var history = new RunHistory(Folder.FullName);
        Keep(history, At(await SampleRuns.Failing4bAsync(), -1) with { Cancelled = true });
        Keep(history, At(await SampleRuns.Failing4bAsync(), -1) with { Profile = "other" });

        Assert.That(history.CompareWithPrevious(await SampleRuns.AllPassingAsync()), Is.Null);
    }

    [Test]
    public async Task CompareWithPrevious_StepNotRunInEitherRun_IsNotAChange()
    {
        var history = new RunHistory(Folder.FullName);
        var earlier = At(await SampleRuns.AllPassingAsync(), -1);
        Keep(history, earlier with { Steps = [.. earlier.Steps.Select(s => s.Step.Id == (StepId)"5" ? s with { Outcome = StepOutcome.NotRun("not selected") } : s)] });

        var comparison = history.CompareWithPrevious(await SampleRuns.AllPassingAsync());

        Assert.That(comparison!.Changes, Is.Empty);
    }

    [Test]
    public async Task Keep_TwoRunsInTheSameMillisecond_BothKept()
    {
        var history = new RunHistory(Folder.FullName);
        var run = await SampleRuns.AllPassingAsync();

        Keep(history, run);
        Keep(history, run);

        Assert.That(Directory.GetFiles(Path.Combine(Folder.FullName, "test")), Has.Length.EqualTo(2));
    }

    private static ChainResult At(ChainResult result, int days) => result with { StartedAt = result.StartedAt.AddDays(days) };

    private static void Keep(RunHistory history, ChainResult result) =>
        history.Keep(result, JsonReportWriter.Render(RunReport.From(result)));
}
