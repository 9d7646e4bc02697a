using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Rtr;

namespace ChainHarness.Simulators.Tests.LoketLane;

/// <summary>Steps 8a–9b through <see cref="LocalChain"/> (the roster's simulators) with the built-in Testdorp scenario.</summary>
public sealed class LocalChainLoketTests
{
    [Test]
    public async Task Run_TestdorpScenarioOnTheDeliveredRules_8aTo9bPass()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await RunAsync();

        Assert.That(result.Steps.Where(s => s.Selected).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed),
            string.Join("\n", result.Steps.Select(s => $"{s.Step.Id}: {s.Outcome.Summary}")));
        Assert.That(result["8a"].Outcome.Summary, Does.Contain("finds 'Dakkapel plaatsen'").And.Contain("3 expected questions and concludes Vergunningplicht"));
        Assert.That(result["8b"].Outcome.Summary, Does.Contain("2 answers and 3 documents"));
    }

    [Test]
    public async Task Run_RulesSubChainFromTheBruidsschatActivity_5To9bPassWithoutSeeding()
    {
        StepSelection.TryParse("5-9b", out var steps, out _);

        var result = await LocalChain.RunAsync(new ProfileOptions { FromActivity = ExistingContent.BruidsschatActivityId }, steps);

        Assert.That(result.Steps.Where(s => s.Selected && s.Step.Id >= (StepId)"5").Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed),
            string.Join("\n", result.Steps.Select(s => $"{s.Step.Id}: {s.Outcome.Summary}")));
    }

    [Test]
    public async Task Run_OnlyTheAanvraagFromAnExistingActivity_8bFindsItsRulesWithout8a()
    {
        var result = await RunAsync("8b-9b");

        Assert.That(result["8a"].Outcome.Status, Is.EqualTo(StepStatus.NotRun));
        Assert.That(new[] { result["8b"], result["9a"], result["9b"] }.Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), result["8b"].Outcome.Summary);
    }

    [Test]
    public async Task Run_AanvraagOnvolledig_TheMissingDocumentOfTheTestdorpRulesIsNamed()
    {
        var result = await RunAsync("8b-9b", LoketFaults.AanvraagOnvolledig);

        Assert.That(result["8b"].Outcome.Cause, Does.Contain("verplicht document 'Foto's van het dak' voor Bouwen van een dakkapel (bruidsschat) ontbreekt"));
        Assert.That(result["9a"].Outcome.BlockedBy, Is.EqualTo((StepId)"8b"));
    }

    private static Task<ChainResult> RunAsync(string selection = "8a-9b", params string[] faults)
    {
        StepSelection.TryParse(selection, out var steps, out _);
        var profile = new ProfileOptions { FromActivity = ExistingContent.BruidsschatActivityId, Faults = [.. faults] };
        return LocalChain.RunAsync(profile, steps, arrange: simulation => TestdorpRtr.Seed(simulation.World));
    }
}
