using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;

namespace ChainHarness.Simulators.Tests.LoketLane;

public sealed class LoketLaneTests
{
    [Test]
    public async Task Run_NoFaults_CheckAanvraagZaakAndReceiptPass()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await LoketLane.RunAsync();

        Assert.That(Status(result, "8a", "8b", "9a", "9b"), Is.EqualTo(Passed(4)), Causes(result));
        Assert.That(result["8a"].Outcome.Summary, Does.Contain("finds 'Schuur bouwen'").And.Contain("concludes Vergunningplicht"));
        Assert.That(result["8b"].Outcome.Summary, Does.Match("verzoeknummer [0-9]{13}").And.Contain("3 documents"));
        Assert.That(result["9a"].Outcome.Summary, Does.Contain("1 answers and 3 attachments"));
        Assert.That(result["9b"].Outcome.Summary, Does.Contain("Dorpsstraat 12, 9999 AA Testdorp"));
    }

    [Test]
    public async Task F14_CheckEndsInNeemContactOpMet_8aFailsAndTheAanvraagStillRuns()
    {
        var result = await LoketLane.RunAsync(faults: LoketFaults.F14);

        AssertFailed(result, "8a", "F14", "NeemContactOpMet", "in plaats van de conclusie Vergunningplicht");
        Assert.That(Status(result, "8b", "9a", "9b"), Is.EqualTo(Passed(3)), "8a has no dependants");
    }

    [Test]
    public async Task F15_NoWerkzaamheidLinked_8aFailsOnTheSearch()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await LoketLane.RunAsync(faults: LoketFaults.F15);

        AssertFailed(result, "8a", "F15", "Searching the loket for 'schuur' finds nothing, not the werkzaamheid 'Schuur bouwen', and RTR gegevens links it to no activity");
    }

    [Test]
    public async Task AanvraagOnvolledig_RequiredDocumentLeftOut_8bFails422And9a9bSkipped()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await LoketLane.RunAsync(faults: LoketFaults.AanvraagOnvolledig);

        AssertFailed(result, "8b", null, "Verzoek indienen refused to submit the aanvraag: it answered 422", "verplicht document 'Constructieberekening' voor Schuur bouwen ontbreekt");
        AssertSkipped(result, "8b", "9a", "9b");
    }

    [Test]
    public async Task F16_ConfidentialAttachmentMissingInTheZaak_9aFailsAnd9bSkipped()
    {
        var result = await LoketLane.RunAsync(faults: LoketFaults.F16);

        AssertFailed(result, "9a", "F16", "de bijlage 'machtiging.txt' (vertrouwelijk) ontbreekt");
        AssertSkipped(result, "9a", "9b");
    }

    [Test]
    public async Task F17_ReceiptWithWrongData_9bFailsNamingEachField()
    {
        var result = await LoketLane.RunAsync(faults: LoketFaults.F17);

        AssertFailed(result, "9b", "F17", "het verzoeknummer is 'ZAAK-", "het project is 'Omgevingsvergunning'",
            "ging naar Raadhuisplein 1, 9999 ZZ Testdorp, niet naar het correspondentieadres van de initiatiefnemer Dorpsstraat 12, 9999 AA Testdorp");
    }

    private static void AssertFailed(ChainResult result, string step, string? finding, params string[] causeParts)
    {
        var outcome = result[step].Outcome;
        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed), outcome.Summary);
        Assert.That(outcome.Finding, Is.EqualTo(finding));
        foreach (var part in causeParts)
        {
            Assert.That(outcome.Cause, Does.Contain(part));
        }
    }

    /// <summary>Each of <paramref name="steps"/> is skipped, blocked by the one before it (the first by <paramref name="blocker"/>).</summary>
    private static void AssertSkipped(ChainResult result, string blocker, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.That(result[step].Outcome.Status, Is.EqualTo(StepStatus.Skipped), step);
            Assert.That(result[step].Outcome.BlockedBy, Is.EqualTo((StepId)blocker), step);
            blocker = step;
        }
    }

    private static StepStatus[] Status(ChainResult result, params string[] steps) => [.. steps.Select(s => result[s].Outcome.Status)];

    private static StepStatus[] Passed(int count) => [.. Enumerable.Repeat(StepStatus.Passed, count)];

    private static string Causes(ChainResult result) => string.Join("\n", result.Steps.Where(s => s.Outcome.Cause is not null).Select(s => $"{s.Step.Id}: {s.Outcome.Cause}"));
}
