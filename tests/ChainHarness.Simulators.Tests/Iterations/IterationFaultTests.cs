using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Iterations;

/// <summary>Faults on an iteration's content: F5 needs iteration 3's intrekking; F6 and F13 act on every pack.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class IterationFaultTests
{
    private static readonly StepId[] PlanSteps = ["1", "2", "3", "4a", "4b"];

    [Test]
    public async Task RunAsync_F5OnIteration3_PublicationOfTheIntrekkingRefusedAtStepThree()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        // Given the F5 scenario of the catalogue: iteration 3, whose plan software loses the intrekking when it publishes
        var scenario = ScenarioCatalog.Find(ScenarioCatalog.BuiltIn, "F5")!;

        // When the plan chain runs
        var result = await LocalChain.RunAsync(scenario.ApplyTo(FastProfiles.Local()), Selection("1-4b"));

        // Then the export and its validation pass, the publication fails for the intrekking, and 4a and 4b are skipped
        var failing = result["3"].Outcome;
        Assert.That(PlanSteps.Select(id => result[id].Outcome.Status), Is.EqualTo(new[] { StepStatus.Passed, StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped, StepStatus.Skipped }), ResultText.Describe(result));
        Assert.That(failing.Finding, Is.EqualTo("F5"));
        Assert.That(failing.Cause, Does.Contain(scenario.OorzaakBevat).And.Contain("CHS-INT-01")
            .And.Contain("beëindigt nl.imow-gm9999.juridischeregel.erfafscheiding53 niet").And.Contain("artikel 5.3 (Erfafscheiding bouwen)"));
        Assert.That(result["4b"].Outcome.BlockedBy, Is.EqualTo((StepId)"3"));
    }

    [TestCase(null)]
    [TestCase(2)]
    public void RunAsync_F5OnAnIterationThatWithdrawsNothing_ConfigurationErrorPointingToIteration3(int? iteration)
    {
        var profile = FastProfiles.Local(PlanFaults.F5);
        profile.Iteration = iteration;

        var ex = Assert.ThrowsAsync<ConfigurationErrorException>(() => LocalChain.RunAsync(profile, Selection("1-4b")))!;

        Assert.That(ex.Errors.Single(), Does.StartWith("ChainHarness:Profiles:local:Faults: F5").And.Contain("run it with iteration 3"));
    }

    [Test]
    public void RunAsync_IterationFour_ConfigurationError()
    {
        var profile = FastProfiles.Iteration(4);

        var ex = Assert.ThrowsAsync<ConfigurationErrorException>(() => LocalChain.RunAsync(profile))!;

        Assert.That(ex.Errors.Single(), Does.StartWith("ChainHarness:Profiles:local:Iteration: 4 is not an iteration of the werkplaats"));
    }

    [Test]
    public async Task RunAsync_F6OnIteration2_NoneOfItsThreeRuleTextsAnnotated()
    {
        var profile = FastProfiles.Iteration(2, PlanFaults.F6);

        var result = await LocalChain.RunAsync(profile, Selection("1-4b"));

        Assert.That(result["1"].Outcome.Finding, Is.EqualTo("F6"), ResultText.Describe(result));
        Assert.That(result["1"].Outcome.Cause, Does.Contain("de levering heeft 3 regeltekst(en) maar geen juridische regel"));
    }

    [Test]
    public async Task RunAsync_F13OnIteration3_RtrStillServesIteration2sRules()
    {
        var profile = FastProfiles.Iteration(3, RulesFaults.FutureBegindatum);

        var result = await LocalChain.RunAsync(profile, Selection("1-7"));

        Assert.That(result["7"].Outcome.Finding, Is.EqualTo("F13"), ResultText.Describe(result));
        Assert.That(result["7"].Outcome.Cause, Does.Contain("de RTR noemt vandaag")
            .And.Contain("geen Conclusie en Indieningsvereisten")
            .And.Contain("Ze toont nog de eerdere versie van levering TR-gm9999-iteratie2."));
    }

    private static StepSelection Selection(string text)
    {
        StepSelection.TryParse(text, out var selection, out _);
        return selection;
    }
}
