using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Findings;

/// <summary>
/// What a werkplaats tester expects to see at each step (the "a tester checks" column of the
/// domain brief): the "expected" of a findings list and the "what is checked" of a report.
/// </summary>
public static class StepExpectations
{
    private static readonly Dictionary<StepId, Bilingual> Expected = new()
    {
        ["1"] = new("Er is een STOP/TPOD-levering: besluit-XML, OW-objecten voor activiteit en locatie, en een manifest.", "A STOP/TPOD delivery exists: besluit XML, OW objects for the activity and location, and a manifest."),
        ["2"] = new("Het validatierapport van de LVBB heeft geen meldingen met ernst 'fout'.", "The LVBB validation report has no meldingen with ernst 'fout'."),
        ["3"] = new("De LVBB accepteert de publicatieOpdracht, het verslag meldt 'gepubliceerd' en de plansoftware toont de eindstatus.", "LVBB accepts the publicatieOpdracht, the verslag says published and the plan software shows the final status."),
        ["4a"] = new("Het besluit is op officielebekendmakingen.nl te vinden op zijn identificatie.", "The besluit can be found on officielebekendmakingen.nl by its identifier."),
        ["4b"] = new("Op de testlocatie toont Ozon de nieuwe regel met zijn werkingsgebied en de activiteit.", "At the test location Ozon returns the new rule with its werkingsgebied and the activity."),
        ["5"] = new("Er zijn STTR/IMTR-bestanden (DMN) voor de activiteit, met haar OW-identificatie.", "STTR/IMTR (DMN) files exist for the activity, naming its OW id."),
        ["6"] = new("Regels verifiëren vindt geen fouten in syntax (XSD) en semantiek (Schematron).", "Regels verifiëren finds no errors in syntax (XSD) or semantics (Schematron)."),
        ["7"] = new("De RTR accepteert de regels: activiteit en locaties bekend in Ozon, zichtbaar vanaf de begindatum.", "The RTR accepts the rules: activity and locations known in Ozon, visible from the begindatum."),
        ["8a"] = new("De vergunningcheck stelt de verwachte vragen en geeft de verwachte conclusie op de testlocatie.", "The vergunningcheck asks the expected questions and gives the expected conclusion at the test location."),
        ["8b"] = new("Na indienen komt er een verzendbevestiging met verzoeknummer en datum.", "Submitting gives a verzendbevestiging with a verzoeknummer and date."),
        ["9a"] = new("Het VTH-systeem heeft een zaak met het verzoeknummer, alle antwoorden en alle bijlagen.", "The VTH system has a zaak with the verzoeknummer, every answer and every attachment."),
        ["9b"] = new("De ontvangstbevestiging noemt het juiste verzoeknummer, project en de bijlagen, en bereikt de initiatiefnemer.", "The receipt names the right verzoeknummer, project and attachments, and reaches the applicant."),
        ["10"] = new("Het systeem van de omgevingsdienst krijgt de notificatie en kan het verzoek ophalen; niet-geadresseerden niet.", "The omgevingsdienst's system gets the notification and can fetch the verzoek; parties not addressed cannot."),
        ["11"] = new("De partner ziet het dossier en rondt het actieverzoek af; de notificatie komt terug.", "The partner sees the dossier and completes the actieverzoek; the notification comes back."),
    };

    public static Bilingual For(StepId step) =>
        Expected.TryGetValue(step, out var text) ? text : new Bilingual("(geen verwachting vastgelegd)", "(no expectation recorded)");
}
