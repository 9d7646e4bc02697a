using System.Net;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using RestSharp;
using T = ChainHarness.Engine.Texts.AanvraagTexts;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>
/// Step 8b, Doorlopen aanvraag: as the initiatiefnemer of the scenario, ask Toepasbare regels uitvoeren
/// for the indieningsvereisten at the location, then walk Verzoek indienen v5 by its links: initiate,
/// attach every required document, fetch, submit. Passes when the verzendbevestiging has a 13-digit
/// verzoeknummer of today and confirms the project, the activity, every document and every answer of the
/// scenario (from the verzendbevestiging, or, when it names none, from the submitted verzoek it links to).
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
            return StepOutcome.Failed(T.NoRules);
        }

        var locatie = scenario.Locatie ?? context.Profile.TestLocation;
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var vereisten = await context.SendAsync(DsoEndpoint.Uitvoeren, UitvoerenApi.Bepaal(UitvoerenApi.Indieningsvereisten, fsr, aanvraag.Antwoorden, locatie, today), cancellationToken);
        var uitkomst = vereisten.IsSuccessful ? UitvoerenApi.Uitkomst(vereisten.Content!, fsr) : null;
        if (uitkomst is null || uitkomst.Activiteiten.Count == 0)
        {
            return StepOutcome.Failed(T.NoVereisten(fsr, ResponseText.Describe(vereisten)), ResponseText.Finding(vereisten)) with { Owner = ResponseText.Owner(vereisten) };
        }

        var onderdelen = uitkomst.Activiteiten.Select(a => new AanvraagOnderdeel(a, fsr)).ToList();
        foreach (var extra in aanvraag.ExtraActiviteiten)
        {
            var extraFsr = FunctioneleStructuurRef.For(extra);
            var extraVereisten = await context.SendAsync(DsoEndpoint.Uitvoeren, UitvoerenApi.Bepaal(UitvoerenApi.Indieningsvereisten, extraFsr, aanvraag.Antwoorden, locatie, today), cancellationToken);
            if ((extraVereisten.IsSuccessful ? UitvoerenApi.Uitkomst(extraVereisten.Content!, extraFsr) : null) is not { Activiteiten.Count: > 0 } extraUitkomst)
            {
                return StepOutcome.Failed(T.NoExtraVereisten(extra, ResponseText.Describe(extraVereisten)), ResponseText.Finding(extraVereisten)) with { Owner = ResponseText.Owner(extraVereisten) };
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
            return StepOutcome.Failed(T.Unanswered(Vragen(uitkomst.Vragen), scenario.Naam));
        }

        var documenten = AanvraagDocumenten.Kies(aanvraag, uitkomst.Documenten);
        var init = await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Initieer(aanvraag, onderdelen, locatie), cancellationToken);
        var links = init.StatusCode == HttpStatusCode.Created ? Hal.Links(init.Content, "self", "documenten", "indienen") : null;
        if (links is null || init.Headers?.Any(h => string.Equals(h.Name, "Location", StringComparison.OrdinalIgnoreCase)) != true)
        {
            return StepOutcome.Failed(T.NotStarted(ResponseText.Describe(init)), ResponseText.Finding(init)) with { Owner = ResponseText.Owner(init) };
        }

        foreach (var (document, inhoud) in documenten)
        {
            var added = await context.SendAsync(DsoEndpoint.Indienen, AanvraagRequests.Document(links["documenten"], document, inhoud), cancellationToken);
            if (added.StatusCode != HttpStatusCode.Created)
            {
                return StepOutcome.Failed(T.DocumentRefused(document.Bestandsnaam, ResponseText.Describe(added)), ResponseText.Finding(added)) with { Owner = ResponseText.Owner(added) };
            }
        }

        var fetched = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(links["self"]), cancellationToken);
        var shown = fetched.IsSuccessful ? Hal.Count(fetched.Content, "documenten") : null;
        if (shown != documenten.Count)
        {
            return StepOutcome.Failed(T.DocumentsShown(shown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no", documenten.Count, ResponseText.Describe(fetched)), ResponseText.Finding(fetched)) with { Owner = ResponseText.Owner(fetched) };
        }

        var submitted = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(links["indienen"], Method.Post), cancellationToken);
        if (!submitted.IsSuccessful)
        {
            return StepOutcome.Failed(T.SubmitRefused(ResponseText.Describe(submitted)), ResponseText.Finding(submitted)) with { Owner = ResponseText.Owner(submitted) };
        }

        var bevestiging = Verzendbevestiging.Parse(submitted.Content!);
        if (bevestiging.Antwoorden is null && aanvraag.Antwoorden.Count > 0 && Hal.Links(submitted.Content, "verzoek") is { } verzoek)
        {
            // The confirmation names no answers: look at what the loket holds for the submitted verzoek before saying anything about them.
            var held = await context.SendAsync(DsoEndpoint.Indienen, new RestRequest(verzoek["verzoek"]), cancellationToken);
            bevestiging = bevestiging with { Antwoorden = held.IsSuccessful ? Verzendbevestiging.ReadAntwoorden(held.Content) : null };
        }

        return Confirm(context, bevestiging, aanvraag, uitkomst, [.. documenten.Select(d => AanvraagDocumenten.Ingediend(d.Document, d.Inhoud))], today);
    }

    private static StepOutcome Confirm(StepContext context, Verzendbevestiging bevestiging, AanvraagScenario aanvraag, BepaalUitkomst uitkomst, IReadOnlyList<IngediendDocument> documenten, DateOnly today)
    {
        var problems = bevestiging.Differences(aanvraag.Projectnaam, uitkomst.Activiteiten.Select(a => a.Identificatie), documenten, today, aanvraag.Antwoorden);
        if (problems.Count > 0)
        {
            return StepOutcome.Failed(T.NotAsSubmitted(new(string.Join("; ", problems.Select(p => p.Dutch)), string.Join("; ", problems.Select(p => p.English)))));
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
