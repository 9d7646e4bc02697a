using System.Reflection;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Tests.Running;

namespace ChainHarness.Engine.Tests.Steps;

/// <summary>
/// <see cref="ChainState"/> is a contract: what a step reads and writes is declared in its definition, every capture
/// written is read later, a step that touches an undeclared capture is stopped, and a missing capture names its writer.
/// </summary>
public sealed class ChainStateContractTests
{
    private static readonly string[] Captures = [.. typeof(CaptureNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Test]
    public void EveryCapture_IsWrittenByAStepAndReadByALaterOne()
    {
        var steps = KnownSteps.All.ToList();

        var unread = Captures.Where(c => !steps.Any(w => w.Writes.Contains(c) && steps.Skip(steps.IndexOf(w) + 1).Any(r => r.Reads.Contains(c))));

        Assert.That(unread, Is.Empty, "captures written and never read by a later step (or never written)");
    }

    [Test]
    public void EveryDeclaredRead_IsWrittenByAnEarlierStep()
    {
        var steps = KnownSteps.All.ToList();

        var orphans = steps.SelectMany(r => r.Reads
            .Where(c => !steps.Take(steps.IndexOf(r)).Any(w => w.Writes.Contains(c)))
            .Select(c => $"{r.Id} reads {c}"));

        Assert.That(orphans, Is.Empty);
        Assert.That(steps.SelectMany(s => s.Reads.Concat(s.Writes)).Except(Captures), Is.Empty, "every declared name is a CaptureNames constant");
    }

    [Test]
    public async Task RunAsync_StepReadsAnUndeclaredCapture_FailsNamingTheCaptureAndWhereToDeclareIt()
    {
        var reader = new FakeStep(KnownSteps.Get("4a"), (context, _) =>
            Task.FromResult(StepOutcome.Passed(context.State.Plan.RuleId ?? "none")));

        var result = await RunnerHarness.RunAsync([reader], selection: Only("4a"));

        Assert.That(result["4a"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["4a"].Outcome.Cause, Does.Contain("read Plan.RuleId without declaring it").And.Contain("Reads"));
    }

    [Test]
    public async Task RunAsync_StepWritesAnUndeclaredCapture_Fails()
    {
        var writer = new FakeStep(KnownSteps.Get("2"), (context, _) =>
        {
            context.State.Plan.ActivityId = "nl.imow-gm9999.activiteit.elders";
            return Task.FromResult(StepOutcome.Passed("wrote"));
        });

        var result = await RunnerHarness.RunAsync([writer], selection: Only("2"));

        Assert.That(result["2"].Outcome.Cause, Does.Contain("wrote Plan.ActivityId without declaring it"));
    }

    [Test]
    public async Task Require_WriterDidNotCapture_FailsNamingTheWritingStepInEachLanguage()
    {
        IChainStep[] steps =
        [
            new FakeStep(KnownSteps.Get("8b"), StepOutcome.Passed("submitted nothing")),
            new FakeStep(KnownSteps.Get("9a"), (context, _) => Task.FromResult(StepOutcome.Passed(context.Require(context.State.Loket.Aanvraag).Verzoeknummer))),
        ];

        var dutch = await RunnerHarness.RunAsync(steps, selection: Only("8b,9a"));
        ChainHarness.Engine.Running.ChainResult english;
        using (SpokenLanguage.Use(ReportLanguage.English))
        {
            english = await RunnerHarness.RunAsync(steps, selection: Only("8b,9a"));
        }

        Assert.That(dutch["9a"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(dutch["9a"].Outcome.Cause, Does.Contain("Loket.Aanvraag").And.Contain("stap 8b (Doorlopen aanvraag) vastlegt"));
        Assert.That(english["9a"].Outcome.Cause, Does.Contain("step 8b").And.Contain("did not run in this run, or captured nothing"));
    }

    [Test]
    public async Task RunAsync_FromActivity_IsAnInputTheRunnerDoesNotWriteIntoAPlanCapture()
    {
        string? seen = null;
        var rules = new FakeStep(KnownSteps.Get("5"), (context, _) =>
        {
            seen = $"{context.State.Plan.ActivityId ?? "(none)"} / {context.Profile.FromActivity}";
            return Task.FromResult(StepOutcome.Passed("read"));
        });

        await RunnerHarness.RunAsync([rules], selection: Only("5"), profile: new ProfileOptions { FromActivity = "nl.imow-gm9999.activiteit.dakkapelbouwen" });

        Assert.That(seen, Is.EqualTo("(none) / nl.imow-gm9999.activiteit.dakkapelbouwen"));
    }

    private static Engine.Running.StepSelection Only(string steps) =>
        Engine.Running.StepSelection.TryParse(steps, out var selection, out var error) ? selection : throw new ArgumentException(error);
}
