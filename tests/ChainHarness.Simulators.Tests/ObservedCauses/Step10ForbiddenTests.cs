using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Hosting;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Step 10 tells a 403 that is a routing outcome (the verzoek has no part for the municipality) from one
/// that is an authorisation problem by the problem's status and <c>type</c>, not by the detail's words:
/// each is injected from outside as a WireMock mapping on the running Verzoek afhandelen simulator.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class Step10ForbiddenTests
{
    [Test]
    public async Task NotAddressedType_WithWordsInAnotherLanguage_IsARoutingOutcome()
    {
        // Every activity goes to the OD, so the municipality has no part; the refusal carries the type and Dutch words only.
        var profile = Everything();
        var result = await PartnerChain.RunFromAanvraagAsync(profile, sim => InjectSamenvatting(sim, profile,
            SimResponse.Typed(ProblemTypes.NietGeadresseerd, 403, "Forbidden", "Dit verzoek heeft geen deel voor deze partij.")));

        var step = result["10"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Passed), step.Cause);
        Assert.That(step.Summary, Does.Contain(PartnerChain.OdName));
    }

    [Test]
    public async Task Another403_EvenWithTheSimulatorsWords_IsAnAuthorisationProblem()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = Everything();
        var result = await PartnerChain.RunFromAanvraagAsync(profile, sim => InjectSamenvatting(sim, profile,
            SimResponse.Problem(403, "Forbidden", $"Verzoek is niet geadresseerd aan OIN {profile.Municipality.Oin}: alleen zijn uitvoerende instanties mogen het ophalen.")));

        var step = result["10"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Cause, Does.Contain("answered 403").And.Contain("authorisation problem (key, certificate or OIN), not a routing outcome").And.Contain(profile.Municipality.Oin));
        Assert.That(step.Finding, Is.Null, "not F18: nothing was seen of the routing");
        Assert.That(step.Owner, Is.EqualTo(LikelyOwner.BevoegdGezag));
    }

    [Test]
    public async Task Another403_InDutch_SaysTheSameInDutch()
    {
        var profile = Everything();
        var result = await PartnerChain.RunFromAanvraagAsync(profile, sim => InjectSamenvatting(sim, profile,
            SimResponse.Problem(403, "Forbidden", "Geen toegang.")));

        var step = result["10"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(step.Cause, Does.Contain("autorisatieprobleem (sleutel, certificaat of OIN), geen routeringsuitkomst"));
        Assert.That(step.Cause, Does.Not.Contain("authorisation"));
    }

    private static ProfileOptions Everything() =>
        PartnerChain.WithBehandeldienst(PartnerChain.Profile(), SubmittedAanvraagStep.Dakkapel, SubmittedAanvraagStep.Milieu);

    /// <summary>The samenvatting asked on the municipality's own OIN answered with <paramref name="answer"/>; the OD's own calls as simulated.</summary>
    private static void InjectSamenvatting(LocalSimulation simulation, ProfileOptions profile, SimResponse answer) =>
        Injected.Server(simulation, DsoEndpoint.Afhandelen)
            .Given(Request.Create().WithPath(new WildcardMatcher("*/verzoeken/*/samenvatting")).UsingGet().WithHeader(PkioIdentity.OinHeader, profile.Municipality.Oin))
            .AtPriority(1)
            .RespondWith(Response.Create().WithCallback(_ => SimulatorServer.ToMessage(answer)));
}
