using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Each misdiagnosis of issue 17, injected from outside the engine into a running simulated chain
/// (a higher-priority WireMock mapping or a change to the world), gets the step, cause, owner and
/// finding that match what was seen.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ObservedCauseTests
{
    [Test]
    public async Task Step3_GepubliceerdVerslagWithAFout_FailsOwnedByTheLvbb()
    {
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, o => SimResponse.Json(200, new LvbbVerslag(
            o.IdLevering, o.Soort, VerslagStatus.Gepubliceerd, o.OntvangenOp, o.OntvangenOp,
            [new LvbbMelding("LVBB4001", MeldingErnst.Fout, "besluit", "Het besluit is ongeldig.")]))));

        var report = Report(result, "3");
        Assert.That(report.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Contain("says gepubliceerd, yet carries 1 melding(en) with ernst fout").And.Contain("LVBB4001"));
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Lvbb));
        Assert.That(report.FindingCode, Is.Null);
    }

    [Test]
    public async Task Step3_VerslagOfAnotherLevering_Fails()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, o => SimResponse.Json(200, new LvbbVerslag(
            "gm0363-besluit-77", o.Soort, VerslagStatus.Gepubliceerd, o.OntvangenOp, o.OntvangenOp, []))));

        var report = Report(result, "3");
        Assert.That(report.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Contain("with the verslag of another levering (gm0363-besluit-77"));
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Lvbb));
        Assert.That(report.FindingCode, Is.Null);
    }

    [Test]
    public async Task Step3_LvbbDoesNotKnowTheIdLevering_NotStuckInProcessing()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, o =>
            SimResponse.Typed(ProblemTypes.OnbekendeLevering, 404, "Not Found", "Geen opdracht met dit idLevering.")));

        var report = Report(result, "3");
        Assert.That(report.Outcome.Cause, Does.Contain("The LVBB does not know publicatieOpdracht").And.Contain("answered 404"), ResultText.Describe(result));
        Assert.That(report.FindingCode, Is.Null, "not F9: the LVBB said it does not know the opdracht");
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.PlanSoftware));
        Assert.That(report.Outcome.Evidence.Any(e => e.Title.Contains("verslag", StringComparison.OrdinalIgnoreCase) || e.Title.Contains("opdrachten", StringComparison.OrdinalIgnoreCase)), Is.True, "the 404 is in the evidence");
    }

    [Test]
    public async Task Step3_A404InTheSimulatorsEnglishWordsButWithoutTheType_IsNotReadAsUnknown()
    {
        // The words are the simulator's; only the problem type says "unknown idLevering". A bare 404 is what the contract says the LVBB answers until the opdracht is processed.
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, o =>
            SimResponse.Problem(404, "Not Found", $"The LVBB has no opdracht with idLevering {o.IdLevering}.")));

        var report = Report(result, "3");
        Assert.That(report.Outcome.Cause, Does.Not.Contain("does not know"), ResultText.Describe(result));
        Assert.That(report.FindingCode, Is.EqualTo("F9"));
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Lvbb));
    }

    [Test]
    public async Task Step3_LvbbAnswers503_AnOutageNotF9()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, _ =>
            SimResponse.Problem(503, "Service Unavailable", "Onderhoud.")));

        var report = Report(result, "3");
        Assert.That(report.Outcome.Cause, Does.Contain("The LVBB is out of order").And.Contain("answered 503"), ResultText.Describe(result));
        Assert.That(report.FindingCode, Is.Null);
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Lvbb));
    }

    [Test]
    public async Task Step3_StillProcessing_IsF9()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-3", sim => Injected.PublicatieVerslag(sim, o =>
            SimResponse.Typed(ProblemTypes.InVerwerking, 404, "Not Found", $"Opdracht {o.IdLevering} is nog in verwerking: er is nog geen verslag.")));

        var report = Report(result, "3");
        Assert.That(report.FindingCode, Is.EqualTo("F9"), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Contain("still in processing"));
    }

    [Test]
    public async Task Step2_OpdrachtNeverReachedTheLvbb_NotF7()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-2", sim =>
            Injected.Always(sim, DsoEndpoint.Lvbb, "/lvbb/opdrachten", "POST", SimResponse.Problem(404, "Not Found", "No such path on this proxy.")));

        var report = Report(result, "2");
        Assert.That(report.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Contain("did not reach the LVBB"));
        Assert.That(report.FindingCode, Is.Null, "not F7: the LVBB never refused it");
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.PlanSoftware));
    }

    [Test]
    public async Task Step4b_OzonOffline_OwnNetworkNotF11()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = Injected.Profile();
        profile.Endpoints[DsoEndpoint.Ozon] = new Engine.Configuration.EndpointOptions { Mode = Engine.Configuration.EndpointMode.Live, BaseUrl = $"http://127.0.0.1:{Robustness.StandIn.FreeLoopbackPort()}/ozon" };

        var result = await Injected.RunAsync(profile, "1-4b", _ => { });

        var report = Report(result, "4b");
        Assert.That(report.Outcome.Cause, Does.Contain("could not be asked").And.Contain("did not answer"), ResultText.Describe(result));
        Assert.That(report.FindingCode, Is.Null, "not F11: nothing was seen of a DSO outage");
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.OwnNetwork));
    }

    [Test]
    public async Task Step4b_Ozon429_RateLimitedNotMissingTheNewVersion()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-4b", sim =>
            Injected.Always(sim, DsoEndpoint.Ozon, "/publiek/omgevingsdocumenten/api/presenteren/v8/regelingen/*", "GET",
                SimResponse.Problem(429, "Too Many Requests", "Te veel verzoeken.").WithHeader("Retry-After", "0")));

        var report = Report(result, "4b");
        Assert.That(report.Outcome.Cause, Does.Contain("answered 429").And.Contain("rate limited"), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Not.Contain("does not show"));
        Assert.That(report.FindingCode, Is.Null);
    }

    [Test]
    public async Task Step4b_OzonDropsTheActivityTheDeliveryCarried_OzonsNotF6()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-4b", sim =>
            sim.Servers.Single(s => s.Name == DsoEndpoint.Ozon).RequestObserver = message =>
            {
                // A world override from outside: when asked at a location, Ozon has lost the activities of every annotation it holds.
                if (message.Method == "POST")
                {
                    foreach (var a in sim.World.OzonDocuments.Annotaties.ToList())
                    {
                        sim.World.OzonDocuments.Put(a with { ActivityIds = [] });
                    }
                }
            });

        var report = Report(result, "4b");
        Assert.That(report.Outcome.Cause, Does.Contain("Ozon dropped the annotation the delivery carried"), ResultText.Describe(result));
        Assert.That(report.FindingCode, Is.Null, "not F6: the delivery carried the activity");
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Ozon));
    }

    private static StepReport Report(ChainResult result, string step) => RunReport.From(result).Steps.Single(s => s.Step.Id.ToString() == step);
}
