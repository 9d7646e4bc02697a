using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Faults;

/// <summary>Each wired fault makes exactly its step fail, for its cause, and the steps after it skip.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class PlanFaultsTests
{
    private static readonly StepId[] PlanSteps = ["1", "2", "3", "4a", "4b"];

    [TestCase("F6", "1", "weak annotation", "has 1 rule text(s) but no juridische regel")]
    [TestCase("F7", "2", "The LVBB rejected the delivery in validatieOpdracht", "LVBB1501 (fout): datumBekendmaking")]
    [TestCase("F8", "2", "The LVBB rejected the delivery in validatieOpdracht", "CHS-MUT-01 (fout): besluit-dakkapellen.xml: de RegelingMutatie wijzigt versie /akn/nl/act/gm9999/2024/omgevingsplan/nld@")]
    [TestCase("F2", "3", "the plan software shows 'Fout bij publiceren", "the statuses disagree")]
    [TestCase("F4", "3", "the plan software still shows 'In behandeling bij de LVBB'", "instead of a final status")]
    [TestCase("F9", "3", "The LVBB gave no verslag on publicatieOpdracht", "still in processing")]
    public async Task RunAsync_Fault_ItsStepFailsForItsCauseAndItsDependantsSkip(string fault, string step, string cause, string detail)
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        StepSelection.TryParse("1-4b", out var selection, out _);

        var result = await LocalChain.RunAsync(FastProfiles.Local(fault), selection);

        var failing = result[step].Outcome;
        Assert.That(failing.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(failing.Finding, Is.EqualTo(fault));
        Assert.That(failing.Cause, Does.Contain(cause).IgnoreCase.And.Contain(detail));
        var before = PlanSteps.TakeWhile(id => id != (StepId)step);
        var after = PlanSteps.SkipWhile(id => id != (StepId)step).Skip(1).ToList();
        Assert.That(before.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(after.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Skipped), ResultText.Describe(result));
        Assert.That(result[after[0]].Outcome.BlockedBy, Is.EqualTo((StepId)step));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_F3_Step4aFailsWhileTheViewerShowsTheChange()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        // Given officielebekendmakingen.nl does not list what the LVBB publishes
        StepSelection.TryParse("1-4b", out var selection, out _);

        // When the plan chain runs
        var result = await LocalChain.RunAsync(FastProfiles.Local(PlanFaults.F3), selection);

        // Then only step 4a fails: published (3) and in the viewer (4b), yet not findable as published
        var step4a = result["4a"].Outcome;
        Assert.That(step4a.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step4a.Finding, Is.EqualTo(PlanFaults.F3));
        Assert.That(step4a.Cause, Does.StartWith("officielebekendmakingen.nl does not find besluit /akn/nl/bill/gm9999/").And.EndWith("although the LVBB published it in step 3."));
        Assert.That(new StepId[] { "1", "2", "3", "4b" }.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
    }
}
