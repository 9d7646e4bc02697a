using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Running;

public sealed class ChainRunnerTests
{
    [Test]
    public async Task RunAsync_AllStepsPass_ChainIsClosedAndExitZero()
    {
        var result = await RunnerHarness.RunAsync(FakeStep.AllPassing());

        Assert.That(result.KetenGesloten, Is.True);
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.VerdictDutch, Is.EqualTo("De keten is gesloten — volledig gesimuleerd."));
    }

    [Test]
    public async Task RunAsync_StepTwoFails_ItsDependantsAreSkippedBlockedByTheirOwnPrerequisite()
    {
        var steps = FakeStep.AllPassing();
        steps[1] = new FakeStep(KnownSteps.Get("2"), StepOutcome.Failed("LVBB1501: datumBekendmaking in the past", Werkplaats.F7));

        var result = await RunnerHarness.RunAsync(steps);

        Assert.That(result["2"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["3"].Outcome.BlockedBy, Is.EqualTo((StepId)"2"));
        Assert.That(result["4b"].Outcome.BlockedBy, Is.EqualTo((StepId)"3"));
        Assert.That(result["9b"].Outcome.BlockedBy, Is.EqualTo((StepId)"9a"));
        Assert.That(result.Steps.Where(s => s.Outcome.Status == StepStatus.Skipped).Count(), Is.EqualTo(12));
        Assert.That(steps.Skip(2).All(s => s.Calls == 0), Is.True, "no dependant may run");
        Assert.That(result.VerdictDutch, Does.Contain("stap 2 (Valideren plan) faalt"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_StepMissing_IsNotImplementedAndNeverCountsAsPassed()
    {
        var steps = FakeStep.AllPassing().Where(s => s.Definition.Id != (StepId)"9b");

        var result = await RunnerHarness.RunAsync(steps);

        Assert.That(result["9b"].Outcome.Status, Is.EqualTo(StepStatus.NotImplemented));
        Assert.That(result.KetenGesloten, Is.False);
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_SelectionOfPlanSteps_OthersNotRunAndExitZero()
    {
        StepSelection.TryParse("1-4b", out var selection, out _);
        var steps = FakeStep.AllPassing().Take(5);

        var result = await RunnerHarness.RunAsync(steps, selection: selection);

        Assert.That(result["5"].Outcome.Status, Is.EqualTo(StepStatus.NotRun));
        Assert.That(result["5"].Selected, Is.False);
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.VerdictDutch, Is.EqualTo("De gekozen stappen zijn geslaagd; of de keten sluit is niet getest (niet uitgevoerd: stap 5, 6, 7, 8a, 8b, 9a en 9b)."));
    }

    [Test]
    public async Task RunAsync_FromActivityAndStepFiveFails_VerdictNamesStepFiveNotTheStepsLeftOut()
    {
        var steps = FakeStep.AllPassing();
        steps[5] = new FakeStep(KnownSteps.Get("5"), StepOutcome.Failed("the RTR no longer lists the activity", Werkplaats.F10));
        var profile = new ProfileOptions { FromActivity = "nl.imow-gm9999.activiteit.bruidsschatdakkapel" };

        var result = await RunnerHarness.RunAsync(steps, profile);

        Assert.That(result.VerdictDutch, Is.EqualTo("De keten is niet gesloten: stap 5 (Maken toepasbare regel) faalt."));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_ChainClosedButStepElevenFails_VerdictSaysBothAndExitOne()
    {
        var steps = FakeStep.AllPassing();
        steps[^1] = new FakeStep(KnownSteps.Get("11"), StepOutcome.Failed("partner sees no SV document", Werkplaats.F20));

        var result = await RunnerHarness.RunAsync(steps);

        Assert.That(result.KetenGesloten, Is.True);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.VerdictEnglish, Is.EqualTo("The chain is closed — fully simulated, but step 11 (Collaboration on the request) failed."));
    }

    [Test]
    public async Task RunAsync_FromActivity_PlanStepsNotRunByChoiceAndRulesStepSeesTheActivity()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        string? seen = null;
        var steps = FakeStep.AllPassing();
        steps[5] = new FakeStep(KnownSteps.Get("5"), (ctx, _) =>
        {
            seen = ctx.State.Plan.ActivityId ?? ctx.Profile.FromActivity; // the seed is an input, as step 5 reads it
            return Task.FromResult(StepOutcome.Passed("ok"));
        });
        var profile = new ProfileOptions { FromActivity = "nl.imow-gm9999.activiteit.bruidsschatdakkapel" };

        var result = await RunnerHarness.RunAsync(steps, profile);

        Assert.That(result["3"].Outcome.Status, Is.EqualTo(StepStatus.NotRun));
        Assert.That(result["3"].Outcome.Summary, Does.Contain("by choice"));
        Assert.That(result["5"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(seen, Is.EqualTo(profile.FromActivity));
        Assert.That(steps[0].Calls, Is.Zero);
        Assert.That(result["3"].Selected, Is.False, "starting from an activity leaves 1–4b out, as --steps would");
        Assert.That(result.ExitCode, Is.Zero, "every step the run was asked for passed");
    }

    [Test]
    public async Task RunAsync_StepThrows_FailsWithTheMessageAndTheRunGoesOn()
    {
        var steps = FakeStep.AllPassing();
        steps[3] = new FakeStep(KnownSteps.Get("4a"), (_, _) => throw new InvalidOperationException("driver missing"));

        var result = await RunnerHarness.RunAsync(steps);

        Assert.That(result["4a"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["4a"].Outcome.Cause, Does.Contain("driver missing"));
        Assert.That(result["4b"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public async Task RunAsync_CancelledDuringAStep_ThatStepAndTheRestAreNotRunAndExit130()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        using var cts = new CancellationTokenSource();
        var steps = FakeStep.AllPassing();
        steps[2] = new FakeStep(KnownSteps.Get("3"), async (_, ct) =>
        {
            await cts.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return StepOutcome.Passed("unreachable");
        });

        var result = await RunnerHarness.RunAsync(steps, cancellationToken: cts.Token);

        Assert.That(result.Cancelled, Is.True);
        Assert.That(result.ExitCode, Is.EqualTo(130));
        Assert.That(result["3"].Outcome.Status, Is.EqualTo(StepStatus.NotRun));
        Assert.That(result["11"].Outcome.Summary, Does.Contain("cancelled"));
        Assert.That(result["2"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public async Task RunAsync_ConditionalStepDoesNotApply_IsNotApplicableAndExitZero()
    {
        var steps = FakeStep.AllPassing().Cast<IChainStep>().ToList();
        steps[12] = new ConditionalFake(KnownSteps.Get("10"), "geen behandeldienst");

        var result = await RunnerHarness.RunAsync(steps);

        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result.ExitCode, Is.Zero);
    }

    private sealed class ConditionalFake(StepDefinition definition, string reason) : IChainStep, IConditionalStep
    {
        public StepDefinition Definition { get; } = definition;

        public Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken) =>
            throw new AssertionException("a step that does not apply must not run");

        public string? NotApplicableReason(ProfileOptions profile) => reason;
    }
}
