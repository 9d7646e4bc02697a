using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 10 (aanvraag naar behandeldienst): what was seen of the verzoek's part for the omgevingsdienst, with the observed ids, names and statuses.</summary>
public static class BehandeldienstTexts
{
    public static Bilingual None { get; } = new("(geen)", "(none)");

    public static Bilingual NothingRouted(string nummer, string activities, string od, string routed) => new(
        $"De aanvraag van stap 8b (verzoek {nummer}) heeft de activiteiten {activities}; het profiel leidt er geen daarvan naar {od} ({routed}), dus er kon niets naartoe.",
        $"The aanvraag of step 8b (verzoek {nummer}) has the activities {activities}, none of which the profile routes to {od} ({routed}), so nothing could go to it.");

    public static Bilingual OwnPartUnreadable(string nummer, string municipality, Bilingual problem) => new(
        $"Wat verzoek {nummer} aan {municipality} adresseerde, was niet te lezen: {problem.Dutch}.",
        $"What verzoek {nummer} addressed to {municipality} could not be read: {problem.English}.");

    public static Bilingual Unauthorised(Bilingual seen, string oin) => new(
        $"Verzoek afhandelen {seen.Dutch}; de weigering is niet die van een verzoek zonder deel voor OIN {oin} (geen probleemtype 'niet geadresseerd'), dus dit is een autorisatieprobleem (sleutel, certificaat of OIN), geen routeringsuitkomst",
        $"Verzoek afhandelen {seen.English}; the refusal is not that of a verzoek with no part for OIN {oin} (no problem type 'not addressed'), so this is an authorisation problem (key, certificate or OIN), not a routing outcome");

    public static Bilingual Refused(Bilingual seen) => new($"Verzoek afhandelen {seen.Dutch}", $"Verzoek afhandelen {seen.English}");

    public static Bilingual StayedWithMunicipality(string activity, string nummer, string municipality, string od, bool expectedInPreProductie, Bilingual environments) => new(
        $"Verzoek afhandelen adresseerde activiteit {activity} van verzoek {nummer} aan {municipality} zelf, niet aan {od}: de routering van die activiteit naar {od} is niet ingesteld in pre-productie ("
        + (expectedInPreProductie ? $"het profiel verwacht haar in {environments.Dutch}: controleer de routering in pre-productie" : $"volgens het profiel is ze ingesteld in {environments.Dutch}") + ").",
        $"Verzoek afhandelen addressed activity {activity} of verzoek {nummer} to {municipality} itself, not to {od}: the routing of that activity to {od} is not configured in pre-productie ("
        + (expectedInPreProductie ? $"the profile expects it in {environments.English}: check the routing in pre-productie" : $"the profile says it is configured in {environments.English}") + ").");

    public static Bilingual Environments(bool preProductie, bool productie) => (preProductie, productie) switch
    {
        (true, true) => new("pre-productie en productie", "pre-productie and production"),
        (true, false) => new("alleen pre-productie", "pre-productie only"),
        (false, true) => new("alleen productie", "production only"),
        _ => new("geen omgeving", "no environment"),
    };

    public static Bilingual NoOdZaak(string od, string nummer, string seconds, string routed) => new(
        $"Het systeem van {od} heeft na {seconds} s geen zaak voor verzoek {nummer}: de verzoeknotificatie voor zijn deel ({routed}) bereikte het niet, of het kon dat deel niet ophalen.",
        $"{od}'s system has no zaak for verzoek {nummer} after {seconds} s: the verzoeknotificatie for its part ({routed}) did not reach it, or it could not fetch that part.");

    public static Bilingual OwnZaakToo(string nummer, string od, string zaak) => new(
        $"Elke activiteit van verzoek {nummer} ging naar {od}, toch opende het eigen VTH-systeem van de gemeente er zaak {zaak} voor.",
        $"Every activity of verzoek {nummer} was routed to {od}, yet the municipality's own VTH system opened zaak {zaak} for it.");

    public static Bilingual NotTold(string initiatiefnemer, string nummer, string od, string zaak, string seconds) => new(
        $"De aanvrager ({initiatiefnemer}) hoorde niet dat verzoek {nummer} naar {od} ging: het systeem opende zaak {zaak}, maar stuurde er binnen {seconds} s geen ontvangstbevestiging voor.",
        $"The applicant ({initiatiefnemer}) was not told that verzoek {nummer} went to {od}: its system opened zaak {zaak} but sent no ontvangstbevestiging for it within {seconds} s.");
}
