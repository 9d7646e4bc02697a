using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 8b (doorlopen aanvraag): what Verzoek indienen and Toepasbare regels uitvoeren answered, and how the verzendbevestiging differs from what was submitted.</summary>
public static class AanvraagTexts
{
    public static Bilingual NoRules { get; } = new(
        "Er zijn geen toepasbare regels om de aanvraag op te bouwen: geen eerdere stap noemde een activiteit of een functioneleStructuurRef (doe stap 1–7, of begin bij een bestaande activiteit).",
        "There are no toepasbare regels to build the aanvraag on: no earlier step named an activity or a functioneleStructuurRef (run steps 1–7, or start from an existing activity).");

    public static Bilingual NoVereisten(string fsr, Bilingual seen) => new(
        $"Toepasbare regels uitvoeren gaf geen indieningsvereisten met een activiteit voor {fsr}: het {seen.Dutch}.",
        $"Toepasbare regels uitvoeren gave no indieningsvereisten with an activity for {fsr}: it {seen.English}.");

    public static Bilingual NoExtraVereisten(string activity, Bilingual seen) => new(
        $"Toepasbare regels uitvoeren gaf geen indieningsvereisten voor de tweede activiteit {activity} van de aanvraag: het {seen.Dutch}.",
        $"Toepasbare regels uitvoeren gave no indieningsvereisten for the second activity {activity} of the aanvraag: it {seen.English}.");

    public static Bilingual Unanswered(string vragen, string scenario) => new(
        $"De aanvraag vraagt {vragen}, waarop het scenario '{scenario}' geen antwoord heeft.",
        $"The aanvraag asks {vragen}, which the scenario '{scenario}' has no answer for.");

    public static Bilingual NotStarted(Bilingual seen) => new(
        $"Verzoek indienen begon de aanvraag niet zoals verwacht (201 met een Location en de links documenten en indienen): het {seen.Dutch}.",
        $"Verzoek indienen did not start the aanvraag as expected (201 with a Location and the links documenten and indienen): it {seen.English}.");

    public static Bilingual DocumentRefused(string bestand, Bilingual seen) => new(
        $"Verzoek indienen nam het document '{bestand}' niet aan: het {seen.Dutch}.",
        $"Verzoek indienen did not accept the document '{bestand}': it {seen.English}.");

    public static Bilingual DocumentsShown(string shown, int added, Bilingual seen) => new(
        $"Verzoek indienen toont {(shown == "no" ? "geen" : shown)} documenten in de concept-aanvraag nadat er {added} zijn toegevoegd: het {seen.Dutch}.",
        $"Verzoek indienen shows {shown} documents in the concept aanvraag after {added} were added: it {seen.English}.");

    public static Bilingual SubmitRefused(Bilingual seen) => new(
        $"Verzoek indienen weigerde de aanvraag in te dienen: het {seen.Dutch}.",
        $"Verzoek indienen refused to submit the aanvraag: it {seen.English}.");

    public static Bilingual NotAsSubmitted(Bilingual differences) => new(
        $"De verzendbevestiging komt niet overeen met wat is ingediend: {differences.Dutch}.",
        $"The verzendbevestiging does not match what was submitted: {differences.English}.");

    public static Bilingual NotThirteenDigits(string nummer) => new($"het verzoeknummer '{nummer}' heeft geen 13 cijfers", $"the verzoeknummer '{nummer}' is not 13 digits");

    public static Bilingual NumberNotOfDate(string nummer, string datum) => new(
        $"het verzoeknummer {nummer} begint niet met de indieningsdatum ({datum})",
        $"the verzoeknummer {nummer} does not start with the date of submission ({datum})");

    public static Bilingual NotToday(string datum, string today) => new(
        $"de indieningsdatum is '{datum}', niet vandaag ({today})",
        $"the date of submission is '{datum}', not today ({today})");

    public static Bilingual OtherProject(string seen, string submitted) => new(
        $"het project is '{seen}', maar '{submitted}' is ingediend",
        $"the project is '{seen}', but '{submitted}' was submitted");

    public static Bilingual ActivityNotConfirmed(string id) => new($"de activiteit {id} is niet bevestigd", $"the activity {id} is not confirmed");

    public static Bilingual DocumentNotConfirmed(string bestand) => new($"het document '{bestand}' is niet bevestigd", $"the document '{bestand}' is not confirmed");

    public static Bilingual DocumentOtherContent(string bestand) => new($"het document '{bestand}' is bevestigd met andere inhoud", $"the document '{bestand}' is confirmed with other content");

    public static Bilingual DocumentNotSubmitted(string bestand) => new($"het document '{bestand}' is bevestigd maar niet ingediend", $"the document '{bestand}' is confirmed but was not submitted");

    public static Bilingual NoAnswersConfirmed(int count) => new(
        $"de verzendbevestiging noemt geen antwoorden, ook het ingediende verzoek niet (er zijn er {count} gegeven)",
        $"neither the verzendbevestiging nor the submitted verzoek names any answer ({count} were given)");

    public static Bilingual AnswerNotConfirmed(string vraag, string activity) => new(
        $"het antwoord op vraag {vraag} is niet bevestigd voor activiteit {activity}",
        $"the answer to question {vraag} is not confirmed for activity {activity}");

    public static Bilingual AnswerOther(string vraag, string activity, string seen, string given) => new(
        $"het antwoord op vraag {vraag} is voor activiteit {activity} bevestigd als '{seen}', maar '{given}' is gegeven",
        $"the answer to question {vraag} is confirmed for activity {activity} as '{seen}', but '{given}' was given");
}
