using System.Text.Json;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;
using RestSharp;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// Stands in for step 8b where the rules lane is not part of the run: submits Testdorp's aanvraag
/// through the simulated Verzoek indienen with the dakkapel and a milieu activity (so routing can
/// split it) and captures what 9a, 9b and 10 compare with, as step 8b does.
/// </summary>
internal sealed class SubmittedAanvraagStep : IChainStep
{
    public const string Dakkapel = "nl.imow-gm9999.activiteit.dakkapelbouwen";
    public const string Milieu = "nl.imow-gm9999.activiteit.milieubelastendeactiviteit";
    private const string Fsr = "http://toepasbare-regels.omgevingswet.overheid.nl/werkzaamheden/id/concept/DakkapelPlaatsen";

    public StepDefinition Definition => KnownSteps.Get("8b");

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var aanvraag = LoketScenarioLoader.Load(null).Aanvraag;
        var activiteiten = new AanvraagOnderdeel[] { new(new(Dakkapel, "Dakkapel bouwen"), Fsr), new(new(Milieu, "Milieubelastende activiteit"), Fsr) };
        var init = await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Initieer(aanvraag, activiteiten, context.Profile.TestLocation), cancellationToken);
        var links = Hal.Links(init.Content, "self", "documenten", "indienen") ?? throw new InvalidOperationException($"not initiated: {init.Content}");
        var documenten = AanvraagDocumenten.Kies(aanvraag, []);
        foreach (var (document, inhoud) in documenten)
        {
            await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Document(links["documenten"], document, inhoud), cancellationToken);
        }

        var submitted = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(links["indienen"], Method.Post), cancellationToken);
        var bevestiging = Verzendbevestiging.Parse(submitted.Content ?? throw new InvalidOperationException("not submitted"));
        var i = aanvraag.Initiatiefnemer;
        context.State.Loket.Aanvraag = new IngediendeAanvraag(
            bevestiging.Verzoeknummer,
            DateOnly.Parse(bevestiging.Indieningsdatum, System.Globalization.CultureInfo.InvariantCulture),
            aanvraag.Projectnaam,
            i.Naam,
            i.Correspondentieadres!,
            [.. aanvraag.Antwoorden.Select(a => new Antwoord(a.Key, a.Value))],
            [.. documenten.Select(d => AanvraagDocumenten.Ingediend(d.Document, d.Inhoud))]) { ActiviteitIds = bevestiging.ActiviteitIds };
        return StepOutcome.Passed($"submitted {bevestiging.Verzoeknummer} with {JsonSerializer.Serialize(bevestiging.ActiviteitIds)}");
    }
}
