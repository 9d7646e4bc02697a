using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Tests.LoketLane;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// A FEEL type mismatch in the rules, given from outside: a Conclusie file in which Hoogte (a number) is
/// compared with the text "175". Step 6's Regels verifiëren refuses it with TRV-010; rules that are in the
/// RTR anyway make step 8a's uitvoeren answer an evaluation error, which 8a says as the rules' fault and
/// not as NeemContactOpMet (F14).
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class RulesTypeMismatchTests
{
    private static readonly string Mismatched = RulesFixtures.Read("conclusie-dakkapel.dmn")
        .Replace("<dmn:text>[0..175]</dmn:text>", "<dmn:text>\"175\"</dmn:text>", StringComparison.Ordinal);

    [Test]
    public async Task Step6_ATypeMismatchInTheGivenFile_IsRefusedWithTrv010()
    {
        var file = Path.Combine(Path.GetTempPath(), $"conclusie-typefout-{Guid.NewGuid():N}.dmn");
        await File.WriteAllTextAsync(file, Mismatched);
        try
        {
            StepSelection.TryParse("5-7", out var steps, out _);
            var result = await LocalChain.RunAsync(RulesChain.Profile(), steps, arrange: simulation =>
            {
                var software = new SimulatedRulesSoftware(simulation.World);
                software.Sjablonen[RegelbeheerobjectType.Conclusie] = file;
                simulation.Services.Add<IRulesSoftware>(software);
            });

            var step = result["6"].Outcome;
            Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
            Assert.That(step.Cause, Does.Contain("[TRV-010]").And.Contain("Beslissing 'Vergunningvrije plaats en afmetingen', regel 2: invoer 'Hoogte' is van type getal (typeRef number), maar de regel vergelijkt die met \"175\" (type tekst)"));
            Assert.That(result["7"].Outcome.Status, Is.EqualTo(StepStatus.Skipped), "refused rules are not delivered");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Step8a_RulesThatCannotBeEvaluated_AreAnEvaluationErrorNotNeemContactOpMet()
    {
        var result = await RunCheckAsync();

        var step = result["8a"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.StartWith($"Toepasbare regels uitvoeren kon de regels voor {TestdorpRtr.Ref} niet uitvoeren (HTTP 422, evaluatiefout)"));
        Assert.That(step.Cause, Does.Contain("invoer 'Hoogte' is 150 (type getal), maar de regel vergelijkt die met \"175\" (type tekst)"));
        Assert.That(step.Finding, Is.Null, "not F14: the check did not stall, the rules could not be evaluated");
        Assert.That(step.Owner, Is.EqualTo(LikelyOwner.RulesSoftware));
    }

    [Test]
    public async Task Step8a_EvaluationError_IsSaidInEnglishToo()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English);
        var result = await RunCheckAsync();

        Assert.That(result["8a"].Outcome.Cause, Does.StartWith($"Toepasbare regels uitvoeren could not evaluate the rules for {TestdorpRtr.Ref} (HTTP 422, evaluation error)"));
    }

    private static Task<ChainResult> RunCheckAsync()
    {
        StepSelection.TryParse("8a", out var steps, out _);
        var profile = Injected.Profile();
        profile.FromActivity = ExistingContent.BruidsschatActivityId;
        return LocalChain.RunAsync(profile, steps, arrange: simulation =>
        {
            var world = simulation.World;
            ExistingContent.SeedInto(world);
            var since = world.Today.AddDays(-1);
            var at = world.Time.GetUtcNow();
            world.Rtr.Add(new DeliveredRuleSet("typefout-1", TestdorpRtr.Ref, ExistingContent.BruidsschatActivityId, RegelbeheerobjectType.Conclusie, "conclusie-dakkapel.dmn", Mismatched, since, "seed", at));
            world.Rtr.Add(new RtrWerkzaamheid("http://toepasbare-regels.omgevingswet.overheid.nl/id/werkzaamheid/DakkapelPlaatsen", "Dakkapel plaatsen", TestdorpRtr.Ref, since));
        });
    }
}
