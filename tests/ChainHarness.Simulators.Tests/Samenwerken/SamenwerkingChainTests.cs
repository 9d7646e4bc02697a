using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Samenwerken;

public sealed class SamenwerkingChainTests
{
    [Test]
    public async Task Step11_PartnerWithVt_PassesAfterSeeingBothDocumentsAndCompleting()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await PartnerChain.RunAsync(PartnerChain.Profile());

        var step = result["11"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Passed), step.Cause);
        Assert.That(step.Summary, Does.Contain("SAM-").And.Contain(PartnerChain.Verzoeknummer).And.Contain("2 document(s)").And.Contain("AV-1"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Step11_ProfileGivesPartnerBt_PassesSeeingOnlyTheRvDocument()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await PartnerChain.RunAsync(PartnerChain.Profile(privilege: "BT"));

        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.Passed), result["11"].Outcome.Cause);
        Assert.That(result["11"].Outcome.Summary, Does.Contain("privilege BT").And.Contain("1 document(s)"));
    }

    [Test]
    public async Task Step11_NoCollaborationInProfile_NotApplicableSaidInWords()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await PartnerChain.RunAsync(new ProfileOptions());

        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["11"].Outcome.Summary, Does.Contain("no collaboration partner"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Step11_FaultF20_FailsNamingTheSvDocumentAndPrivilegeBt()
    {
        // Given the case handler invites the partner with BT although VT is configured
        var result = await PartnerChain.RunAsync(PartnerChain.Profile("VT", PartnerFaults.PrivilegeBtInsteadOfVt));

        // Then step 11 fails for that reason, and the run says so
        var step = result["11"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Finding, Is.EqualTo("F20"));
        Assert.That(step.Cause, Does.Contain("Constructieberekening.pdf").And.Contain("privilege BT").And.Contain("VT").And.Contain("Waterschap Testwaard"));
        Assert.That(result["8b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), "the failure stays in step 11");
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Step11_FaultF20b_FailsAtTheDeadlineWithTheActieverzoekStillOpen()
    {
        // Given a partner that never completes the actieverzoek, and the runner on a clock that moves only when told
        var profile = PartnerChain.Profile("VT", PartnerFaults.ActieverzoekNeverCompleted);
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(1.5);
        var time = new ObservedTimeProvider();

        // When step 11 has asked and waits for its next poll
        var run = PartnerChain.RunAsync(profile, runnerTime: time);
        await time.WaitForTimerAsync(profile.Timing.PollInterval);

        // Then, while the clock stands still, it keeps waiting; moved to the step deadline, the poll ends there
        Assert.That(run.IsCompleted, Is.False, "the poll ends on the clock, not by itself");
        time.Advance(profile.Timing.StepDeadline);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        var step = result["11"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Finding, Is.EqualTo("F20"));
        Assert.That(step.Cause, Does.Contain("rondde actieverzoek AV-1").And.Contain("niet af binnen 1.5 s").And.Contain("als OPEN in plaats van GEREED"));
        OwnEnding.Assert(result, profile, "11");
    }

    [Test]
    public async Task Step11_NoAanvraagCaptured_FailsNamingStep8bThatCapturesIt()
    {
        var result = await PartnerChain.RunAsync(PartnerChain.Profile(), seededVerzoeknummer: null);

        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["11"].Outcome.Cause, Does.Contain("Loket.Aanvraag").And.Contain("stap 8b (Doorlopen aanvraag) vastlegt"));
    }
}
