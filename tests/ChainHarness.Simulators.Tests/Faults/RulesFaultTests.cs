using ChainHarness.Simulators.Tests.Rtr;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Faults;

/// <summary>Per fault of the rules lane: the step that fails, its cause in plain words, and the dependants skipped.</summary>
public sealed class RulesFaultTests
{
    [Test]
    public async Task F10_ExistingActivityWiped_Step5FailsAndEverythingAfterIsSkipped()
    {
        var (result, _) = await RulesChain.RunAsync(RulesChain.Profile(RulesFaults.PracticeDataWiped));

        var step5 = result["5"].Outcome;
        Assert.That(step5.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step5.Finding, Is.EqualTo("F10"), step5.Cause);
        Assert.That(step5.Cause, Does.Contain($"De RTR (RTR gegevens v2) noemt activiteit {RulesChain.Bruidsschat} niet voor organisatie 9999")
            .And.Contain("de testgegevens in de oefenomgeving zijn misschien gewist"));
        SkippedSteps.AssertBlocked(result, ("6", "5"), ("7", "6"), ("8a", "7"), ("8b", "7"));
    }

    [Test]
    public async Task Step5_ActivityTheRtrDoesNotKnow_FailsSayingSo()
    {
        var profile = RulesChain.Profile();
        profile.FromActivity = "nl.imow-gm9999.activiteit.bestaatniet";

        var (result, _) = await RulesChain.RunAsync(profile);

        Assert.That(result["5"].Outcome.Cause, Does.Contain("noemt activiteit nl.imow-gm9999.activiteit.bestaatniet niet").And.Contain("kan niet toepasbaar worden gemaakt"));
        SkippedSteps.AssertBlocked(result, ("6", "5"), ("7", "6"));
    }

    [Test]
    public async Task Overlap_Step6FailsNamingTheOverlappingRules()
    {
        var (result, world) = await RulesChain.RunAsync(RulesChain.Profile(RulesFaults.OverlappingRules));

        Assert.That(result["5"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
        var step6 = result["6"].Outcome;
        Assert.That(step6.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step6.Cause, Does.StartWith("Regels verifiëren keurde conclusie-bruidsschatdakkapel.dmn (Conclusie) af: Beslistabel 'Conclusie dakkapel bouwen' (hitpolicy UNIQUE) heeft een overlap: regels")
            .And.Contain("[TRV-006]"));
        SkippedSteps.AssertBlocked(result, ("7", "6"), ("8a", "7"), ("8b", "7"));
        Assert.That(world.Rtr.RuleSets.Delivered(), Is.Empty, "nothing was delivered");
    }

    [Test]
    public async Task F12_LocationUnknownToOzon_PassesVerificationButStep7IsRefused()
    {
        var (result, world) = await RulesChain.RunAsync(RulesChain.Profile(RulesFaults.LocationUnknownToOzon));

        Assert.That(result["6"].Outcome.Status, Is.EqualTo(StepStatus.Passed), "Regels verifiëren does not check Ozon");
        var step7 = result["7"].Outcome;
        Assert.That(step7.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step7.Finding, Is.EqualTo("F12"));
        Assert.That(step7.Cause, Does.Contain("Toepasbare regels aanleveren weigerde levering")
            .And.Contain("verwijst naar locatie nl.imow-gm9999.gebied.vervallenwerkingsgebied, die Ozon niet kent. [TRA-011]"));
        SkippedSteps.AssertBlocked(result, ("8a", "7"), ("8b", "7"));
        Assert.That(world.Rtr.RuleSets.Delivered(), Is.Empty);
    }

    [Test]
    public async Task F13_FutureBegindatum_Step7FailsSayingTheRulesAreNotValidYet()
    {
        // Counting step 7's asks for the rules the RTR serves (Uitvoeren gegevens)
        var listings = 0;
        var (result, world) = await RulesChain.RunAsync(RulesChain.Profile(RulesFaults.FutureBegindatum), arrange: simulation =>
            simulation.Servers.Single(s => s.Name == DsoEndpoint.UitvoerenGegevens).RequestObserver = message =>
            {
                if (message.Path.EndsWith("/toepasbareRegels", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref listings);
                }
            });

        var step7 = result["7"].Outcome;
        var begin = world.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(step7.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step7.Finding, Is.EqualTo("F13"));
        Assert.That(step7.Cause, Does.Contain("nam levering").And.Contain($"de regels gelden pas vanaf {begin} (geldigBegindatum in de toekomst)"));
        Assert.That(listings, Is.EqualTo(2), "one look before the delivery (what the RTR served) and one after it: no point polling until the deadline for rules that cannot show today");
        SkippedSteps.AssertBlocked(result, ("8a", "7"), ("8b", "7"));
        Assert.That(world.Rtr.RuleSets.Delivered(), Has.Count.EqualTo(2), "delivered, stored, not yet visible");
    }
}
