using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Iterations;

/// <summary>
/// Each iteration's content pack runs the whole local chain, and what the pack delivered in step 1 is
/// what the later steps find: the rules and locations in Ozon (4b), the replaced rules in the RTR (7)
/// and the loket (8a), and nothing of what the change withdrew.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class IterationChainTests
{
    [Test]
    public async Task RunAsync_Iteration1_SameAsTheDefaultContent()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = FastProfiles.Iteration(1);

        var result = await LocalChain.RunAsync(profile);

        Assert.That(result.KetenGesloten, Is.True, ResultText.Describe(result));
        Assert.That(result["1"].Outcome.Summary, Does.Contain("It carries 1 juridische regel(s), 1 activity(ies) and 1 location(s)."));
        Assert.That(result["4b"].Outcome.Summary, Does.Contain("at (155050, 463050) rule nl.imow-gm9999.juridischeregel.dakkapel51")
            .And.Contain("The regeling shows all 1 juridische regel(s) of the change"));
        Assert.That(result["7"].Outcome.Summary, Does.Not.Contain("replacing"));
    }

    [Test]
    public async Task RunAsync_Iteration2WithPartners_AllFourteenStepsPassAndOzonHoldsEveryRuleAndLocation()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = FastProfiles.LocalPartners();
        profile.Iteration = 2;

        var result = await LocalChain.RunAsync(profile);

        Assert.That(result.Steps.Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(result["1"].Outcome.Summary, Does.Contain("It carries 3 juridische regel(s), 2 activity(ies) and 5 location(s)."));
        Assert.That(result["4b"].Outcome.Summary, Does.Contain("The regeling shows all 3 juridische regel(s) of the change")
            .And.Contain("artikel 5.2 (Dakkapel in het beschermd dorpsgezicht)").And.Contain("(3 rule(s), 3 article(s) in Ozon)"));
        Assert.That(result["10"].Outcome.Summary, Does.Contain("went to Omgevingsdienst Testregio"));
    }

    [Test]
    public async Task RunAsync_Iteration2WithoutPartners_ChainClosesAndTenAndElevenDoNotApply()
    {
        var result = await LocalChain.RunAsync(FastProfiles.Iteration(2));

        Assert.That(result.KetenGesloten, Is.True, ResultText.Describe(result));
        Assert.That(new[] { result["10"].Outcome.Status, result["11"].Outcome.Status }, Is.All.EqualTo(StepStatus.NotApplicable));
    }

    [Test]
    public async Task RunAsync_Iteration3_WithdrawnRuleGoneReplacedTextAndRulesInPlace()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = FastProfiles.Iteration(3);

        var result = await LocalChain.RunAsync(profile);

        Assert.That(result.KetenGesloten, Is.True, ResultText.Describe(result));
        Assert.That(result["1"].Outcome.Summary, Does.Contain("it replaces artikel 5.1 (Dakkapel bouwen); it withdraws artikel 5.3 (Erfafscheiding bouwen) and ends 3 OW object(s)."));
        Assert.That(result["4b"].Outcome.Summary, Does.Contain("the new text of artikel 5.1 (Dakkapel bouwen)")
            .And.Contain("nl.imow-gm9999.juridischeregel.erfafscheiding53").And.Contain("no longer shows")
            .And.Contain("(2 rule(s), 2 article(s) in Ozon)"));
        Assert.That(result["7"].Outcome.Summary, Does.Contain("replacing the version of delivery TR-gm9999-iteratie2"));
        Assert.That(result["8a"].Outcome.Summary, Does.Contain("Vergunningplicht"));
    }
}
