using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Faults;

namespace ChainHarness.Simulators.Tests.Routing;

public sealed class BehandeldienstChainTests
{
    [Test]
    public async Task Step10_MilieuRoutedToOd_OdGetsItsPartAndTheMunicipalityKeepsTheDakkapel()
    {
        var result = await PartnerChain.RunFromAanvraagAsync(PartnerChain.WithBehandeldienst(PartnerChain.Profile()));

        foreach (var id in new[] { "8b", "9a", "9b", "10", "11" })
        {
            Assert.That(result[id].Outcome.Status, Is.EqualTo(StepStatus.Passed), $"step {id}: {result[id].Outcome.Cause}");
        }

        Assert.That(result["10"].Outcome.Summary, Does.Contain(SubmittedAanvraagStep.Milieu).And.Contain(PartnerChain.OdName).And.Contain("ontvangstbevestiging"));
        var fromApi = RoutingTexts.FromApi(SubmittedAanvraagStep.Milieu);
        Assert.That(result["10"].Outcome.Summary, Does.Contain(fromApi.Dutch).Or.Contain(fromApi.English));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Step10_BehandeldienstconfiguratiesRefuses_FallsBackToTheProfileAndSaysSo()
    {
        // Given a Behandeldienstconfiguraties that answers 404 (not retried) to everything
        using var standIn = Robustness.StandIn.Answering(r => r.WithStatusCode(404));
        var profile = PartnerChain.WithBehandeldienst(PartnerChain.Profile());
        profile.Endpoints[DsoEndpoint.Behandeldienstconfiguraties] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = standIn.Url + "/bdc" };

        var result = await PartnerChain.RunFromAanvraagAsync(profile);

        // Then step 10 still follows the profile's routing (the simulated DSO routed as configured) and labels that
        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.Passed), result["10"].Outcome.Cause);
        Assert.That(result["10"].Outcome.Summary, Does.Contain(RoutingTexts.FromProfile.Dutch).Or.Contain(RoutingTexts.FromProfile.English));
    }

    [Test]
    public async Task Step10_F18_CauseNamesWhatBehandeldienstconfiguratiesShowed()
    {
        var result = await PartnerChain.RunFromAanvraagAsync(PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", PartnerFaults.F18)));

        var notInApi = RoutingTexts.NotInApi(PartnerChain.OdName, PartnerChain.OdOin);
        Assert.That(result["10"].Outcome.Cause, Does.Contain(notInApi.Dutch).Or.Contain(notInApi.English));
    }

    [Test]
    public async Task Step10_FaultF18_FailsNamingTheActivityThatStayedWithTheMunicipality()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        // Given routing that is configured in production only (the simulators play pre-productie)
        var result = await PartnerChain.RunFromAanvraagAsync(PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", PartnerFaults.F18)));

        // Then step 10 fails for that reason; 9a and 11 are not affected (10 has no dependants)
        var step = result["10"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Finding, Is.EqualTo("F18"));
        Assert.That(step.Cause, Does.Contain(SubmittedAanvraagStep.Milieu).And.Contain("Testdorp itself").And.Contain("not configured in pre-productie"));
        Assert.That(result["9a"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public async Task Step10_RoutingConfiguredOnlyForProduction_FailsAsF18SayingSo()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = PartnerChain.WithBehandeldienst(PartnerChain.Profile());
        profile.Behandeldienst!.Routing = new RoutingOptions { PreProductie = false, Productie = true };

        var result = await PartnerChain.RunFromAanvraagAsync(profile);

        Assert.That(result["10"].Outcome.Finding, Is.EqualTo("F18"));
        Assert.That(result["10"].Outcome.Cause, Does.Contain("configured in production only"));
    }

    [Test]
    public async Task Step10_FaultF19_FailsBecauseTheApplicantWasNotTold()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", PartnerFaults.F19));
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(1.5);

        var result = await PartnerChain.RunFromAanvraagAsync(profile);

        var step = result["10"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Finding, Is.EqualTo("F19"));
        Assert.That(step.Cause, Does.Contain("was not told").And.Contain(PartnerChain.OdName).And.Contain("J. de Tester"));
        Assert.That(result["9b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), "the municipality's own receipt still goes out");
    }

    [Test]
    public async Task Step10_NoBehandeldienstInProfile_NotApplicableSaidInWords()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        var result = await PartnerChain.RunFromAanvraagAsync(PartnerChain.Profile());

        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["10"].Outcome.Summary, Does.Contain("no behandeldienst"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Step11_FailsWithF20_Step10StillPasses()
    {
        var result = await PartnerChain.RunFromAanvraagAsync(PartnerChain.WithBehandeldienst(PartnerChain.Profile("VT", PartnerFaults.PrivilegeBtInsteadOfVt)));

        Assert.That(result["11"].Outcome.Finding, Is.EqualTo("F20"));
        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.Passed), result["10"].Outcome.Cause);
        Assert.That(result.Steps.Where(s => s.Outcome.Status == StepStatus.Skipped), Is.Empty, "nothing depends on step 11");
    }
}
