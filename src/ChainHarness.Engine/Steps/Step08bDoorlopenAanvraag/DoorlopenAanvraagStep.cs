using System.Net;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>
/// Step 8b, Doorlopen aanvraag: as the initiatiefnemer of the scenario, ask Toepasbare regels uitvoeren
/// for the indieningsvereisten at the location, then walk Verzoek indienen v5 by its links: initiate,
/// attach every required document, fetch, submit. Passes when the verzendbevestiging has a 13-digit
/// verzoeknummer of today and confirms the project, the activity and every document.
/// </summary>
public sealed class DoorlopenAanvraagStep : IChainStep
{
    /// <summary>Step 8b as the werkplaats knows it: name, lane, dependencies, likely owner, what a tester expects, its place in the chain picture.</summary>
    public static StepDefinition Step { get; } = new("8b", "Doorlopen aanvraag", "Submit the aanvraag", Lane.CheckEnAanvraag, ["7"], "Omgevingsloket")
    {
        Endpoints = [DsoEndpoint.Indienen, DsoEndpoint.Uitvoeren],
        Reads = [CaptureNames.RulesFunctioneleStructuurRef, CaptureNames.LoketFunctioneleStructuurRef, CaptureNames.PlanActivityId],
        Writes = [CaptureNames.LoketAanvraag],
        Expectation = new(
            "Na indienen komt er een verzendbevestiging met verzoeknummer en datum.",
            "Submitting gives a verzendbevestiging with a verzoeknummer and date."),
        Place = new(0, 1),
    };

    public StepDefinition Definition => Step;

    public async Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var scenario = LoketScenarioLoader.For(context.Profile);
        var aanvraag = scenario.Aanvraag;
        var fsr = context.State.Rules.FunctioneleStructuurRef ?? context.State.Loket.FunctioneleStructuurRef
            ?? ((context.State.Plan.ActivityId ?? context.Profile.FromActivity) is { } activity ? FunctioneleStructuurRef.For(activity) : null);
        if (fsr is null)
        {
            return StepOutcome.Failed("There are no toepasbare regels to build the aanvraag on: no earlier step named an activity or a functioneleStructuurRef (run steps 1–7, or start from an existing activity).");
        }

        var locatie = scenario.Locatie ?? context.Profile.TestLocation;
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var vereisten = await context.SendAsync(DsoEndpoint.Uitvoeren, UitvoerenApi.Bepaal(UitvoerenApi.Indieningsvereisten, fsr, aanvraag.Antwoorden, locatie, today), cancellationToken);
        var uitkomst = vereisten.IsSuccessful ? UitvoerenApi.Uitkomst(vereisten.Content!, fsr) : null;
        if (uitkomst is null || uitkomst.Activiteiten.Count == 0)
        {
            return StepOutcome.Failed($"Toepasbare regels uitvoeren gave no indieningsvereisten with an activity for {fsr}: it {ResponseText.Describe(vereisten).English}.", ResponseText.Finding(vereisten)) with { Owner = ResponseText.Owner(vereisten) };
        }

        var onderdelen = uitkomst.Activiteiten.Select(a => new AanvraagOnderdeel(a, fsr)).ToList();
        foreach (var extra in aanvraag.ExtraActiviteiten)
        {
            var extraFsr = FunctioneleStructuurRef.For(extra);
            var extraVereisten = await context.SendAsync(DsoEndpoint.Uitvoeren, UitvoerenApi.Bepaal(UitvoerenApi.Indieningsvereisten, extraFsr, aanvraag.Antwoorden, locatie, today), cancellationToken);
            if ((extraVereisten.IsSuccessful ? UitvoerenApi.Uitkomst(extraVereisten.Content!, extraFsr) : null) is not { Activiteiten.Count: > 0 } extraUitkomst)
            {
                return StepOutcome.Failed($"Toepasbare regels uitvoeren gave no indieningsvereisten for the second activity {extra} of the aanvraag: it {ResponseText.Describe(extraVereisten).English}.", ResponseText.Finding(extraVereisten)) with { Owner = ResponseText.Owner(extraVereisten) };
            }

            onderdelen.AddRange(extraUitkomst.Activiteiten.Select(a => new AanvraagOnderdeel(a, extraFsr)));
            uitkomst = uitkomst with
            {
                Activiteiten = [.. uitkomst.Activiteiten, .. extraUitkomst.Activiteiten],
                Vragen = [.. uitkomst.Vragen, .. extraUitkomst.Vragen],
                Documenten = [.. uitkomst.Documenten, .. extraUitkomst.Documenten],
            };
        }

        if (uitkomst.Vragen.Count > 0)
        {
            return StepOutcome.Failed($"The aanvraag asks {Vragen(uitkomst.Vragen)}, which the scenario '{scenario.Naam}' has no answer for.");
        }

        var documenten = AanvraagDocumenten.Kies(aanvraag, uitkomst.Documenten);
        var init = await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Initieer(aanvraag, onderdelen, locatie), cancellationToken);
        var links = init.StatusCode == HttpStatusCode.Created ? Hal.Links(init.Content, "self", "documenten", "indienen") : null;
        if (links is null || init.Headers?.Any(h => string.Equals(h.Name, "Location", StringComparison.OrdinalIgnoreCase)) != true)
        {
            return StepOutcome.Failed($"Verzoek indienen did not start the aanvraag as expected (201 with a Location and the links documenten and indienen): it {ResponseText.Describe(init).English}.", ResponseText.Finding(init)) with { Owner = ResponseText.Owner(init) };
        }

        foreach (var (document, inhoud) in documenten)
        {
            var added = await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Document(links["documenten"], document, inhoud), cancellationToken);
            if (added.StatusCode != HttpStatusCode.Created)
            {
                return StepOutcome.Failed($"Verzoek indienen did not accept the document '{document.Bestandsnaam}': it {ResponseText.Describe(added).English}.", ResponseText.Finding(added)) with { Owner = ResponseText.Owner(added) };
            }
        }

        var fetched = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(links["self"]), cancellationToken);
        var shown = fetched.IsSuccessful ? Hal.Count(fetched.Content, "documenten") : null;
        if (shown != documenten.Count)
        {
            return StepOutcome.Failed($"Verzoek indienen shows {shown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} documents in the concept aanvraag after {documenten.Count} were added: it {ResponseText.Describe(fetched).English}.", ResponseText.Finding(fetched)) with { Owner = ResponseText.Owner(fetched) };
        }

        var submitted = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(links["indienen"], Method.Post), cancellationToken);
        if (!submitted.IsSuccessful)
        {
            return StepOutcome.Failed($"Verzoek indienen refused to submit the aanvraag: it {ResponseText.Describe(submitted).English}.", ResponseText.Finding(submitted)) with { Owner = ResponseText.Owner(submitted) };
        }

        return Confirm(context, Verzendbevestiging.Parse(submitted.Content!), aanvraag, uitkomst, [.. documenten.Select(d => AanvraagDocumenten.Ingediend(d.Document, d.Inhoud))], today);
    }

    private static StepOutcome Confirm(StepContext context, Verzendbevestiging bevestiging, AanvraagScenario aanvraag, BepaalUitkomst uitkomst, IReadOnlyList<IngediendDocument> documenten, DateOnly today)
    {
        var problems = bevestiging.Differences(aanvraag.Projectnaam, uitkomst.Activiteiten.Select(a => a.Identificatie), documenten, today);
        if (problems.Count > 0)
        {
            return StepOutcome.Failed($"The verzendbevestiging does not match what was submitted: {string.Join("; ", problems)}.");
        }

        var i = aanvraag.Initiatiefnemer;
        context.State.Loket.Aanvraag = new IngediendeAanvraag(
            bevestiging.Verzoeknummer,
            DateOnly.ParseExact(bevestiging.Indieningsdatum, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            aanvraag.Projectnaam,
            i.Naam,
            i.Correspondentieadres!,
            [.. aanvraag.Antwoorden.Select(a => new Antwoord(a.Key, a.Value))],
            documenten) { ActiviteitIds = bevestiging.ActiviteitIds };
        return StepOutcome.Passed(Texts.PassedTexts.Submitted(aanvraag.Projectnaam, bevestiging.Verzoeknummer, bevestiging.Indieningsdatum.ToString(), aanvraag.Antwoorden.Count, documenten.Count));
    }

    private static string Vragen(IReadOnlyList<OpenVraag> vragen) =>
        string.Join(", ", vragen.Select(v => $"'{v.Tekst}' ({v.Id})"));
}
