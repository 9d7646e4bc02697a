using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Findings;

/// <summary>
/// The one catalogue of werkplaats findings (section 5 of the domain brief, F1–F20), shared by the engine
/// and the simulators: each with the steps where it shows, a Dutch and an English one-liner, the likely
/// owner, what to check and its demo scenario. Steps name a finding as <c>Werkplaats.F7</c>, simulators
/// raise faults for it; its <see cref="Finding.Code"/> is what reports print.
/// </summary>
public static class Werkplaats
{
    public static readonly Finding F1 = F("F1", "1–4", ["1", "2", "3", "4a", "4b"], LikelyOwner.PlanSoftware,
        "Planketen nog niet klaar (standaard te laat): de regelketen is getest vanaf een bestaande activiteit.",
        "Plan chain not ready (standard late): the rules chain was tested from an existing activity instead.",
        "Vraag de leverancier van de plansoftware wanneer STOP/TPOD werkt; test intussen stap 5–9 vanaf een bestaande (bruidsschat-)activiteit met --from-activity.",
        "Ask the plan software supplier when STOP/TPOD works; meanwhile test steps 5–9 from an existing (bruidsschat) activity with --from-activity.",
        Demo("De planketen is nog niet klaar: de regelketen start vanaf een bestaande (bruidsschat)activiteit, stap 1–4b lopen bewust niet.", null, fromActivity: true));

    public static readonly Finding F2 = F("F2", "3 vs 4b", ["3", "4b"], LikelyOwner.PlanSoftware,
        "De plansoftware meldt een fout bij publiceren, maar het plan staat wel in Regels op de kaart: de statussen spreken elkaar tegen.",
        "The plan software reports an error on publishing, yet the plan shows in Regels op de kaart: the statuses disagree.",
        "Leg de status in de plansoftware naast het LVBB-verslag van deze levering en naast Regels op de kaart; de plansoftware moet het verslag juist verwerken.",
        "Compare the status in the plan software with the LVBB verslag of this delivery and with Regels op de kaart; the plan software must read the verslag correctly.",
        Demo("De plansoftware meldt een fout bij publiceren, terwijl de LVBB de publicatie wel verwerkte.", "3"));

    public static readonly Finding F3 = F("F3", "3 vs 4a", ["3", "4a"], LikelyOwner.Lvbb,
        "Het besluit staat in de viewer, maar is niet als bekendmaking te vinden op officielebekendmakingen.nl.",
        "The besluit shows in the viewer but cannot be found as published on officielebekendmakingen.nl.",
        "Zoek op officielebekendmakingen.nl op de AKN-identificatie van het besluit; controleer datumBekendmaking en of het verslag 'gepubliceerd' meldt.",
        "Search officielebekendmakingen.nl for the besluit's AKN identifier; check datumBekendmaking and whether the verslag says published.",
        Demo("Het besluit staat in de viewer (Ozon toont de nieuwe versie), maar officielebekendmakingen.nl vindt het niet.", "4a", cause: "officielebekendmakingen.nl does not find besluit"));

    public static readonly Finding F4 = F("F4", "3", ["3"], LikelyOwner.PlanSoftware,
        "De plansoftware blijft 'in behandeling' tonen voor een publicatie die al klaar is.",
        "The plan software keeps showing 'in behandeling' for a publication that has completed.",
        "Haalt de plansoftware de verslagen van de LVBB op en zet ze de eindstatus? Vergelijk met het verslag voor deze idLevering.",
        "Does the plan software fetch the LVBB verslagen and set the final status? Compare with the verslag for this idLevering.",
        Demo("De plansoftware blijft 'in behandeling' tonen voor een publicatie die al klaar is.", "3"));

    public static readonly Finding F5 = F("F5", "1, 3", ["1", "3"], LikelyOwner.PlanSoftware,
        "Intrekken van een wijziging, of een complexere wijziging, gaat mis tussen plansoftware en LVBB.",
        "Withdrawing (intrekken) a change, or a more complex change, fails between plan software and LVBB.",
        "Bekijk hoe de plansoftware een intrekking of vervanging aanlevert (regeltekst én OW-objecten) en lees de meldingen van de LVBB.",
        "Look at how the plan software delivers an intrekking or vervanging (rule text and OW objects alike) and read the LVBB meldingen.",
        Demo("Het intrekken van een wijziging gaat mis tussen plansoftware en LVBB: de LVBB weigert de intrekking bij het publiceren.", "3", cause: "withdrawing went wrong between the plan software and the LVBB", iteration: 3));

    public static readonly Finding F6 = F("F6", "1 → 4b, 5", ["1", "4b", "5"], LikelyOwner.PlanSoftware,
        "Zwakke annotatie: regeltekst zonder activiteit of locatie, dus niet zichtbaar op de locatie en geen activiteit voor toepasbare regels.",
        "Weak annotation: rule text without an activity or location, so it does not show at the location and gives no activity for rules.",
        "Controleer in de OW-bestanden dat elke regeltekst een juridische regel heeft met een activiteit en een werkingsgebied (locatie).",
        "Check in the OW files that every rule text has a juridische regel with an activity and a werkingsgebied (location).",
        Demo("Zwakke annotatie: de regeltekst heeft geen activiteit of locatie.", "1"));

    public static readonly Finding F7 = F("F7", "2", ["2"], LikelyOwner.PlanSoftware,
        "De validatie keurt de levering af, bijvoorbeeld datumBekendmaking in het verleden (LVBB1501) of een bestand dat in het manifest ontbreekt.",
        "Validation rejects the delivery, e.g. datumBekendmaking in the past (LVBB1501) or a file missing from the manifest.",
        "Lees de meldingen met ernst 'fout' in het validatierapport: ligt datumBekendmaking in de toekomst, staat elk bestand in manifest.xml?",
        "Read the meldingen with ernst 'fout' in the validation report: is datumBekendmaking in the future, is every file listed in manifest.xml?",
        Demo("De LVBB keurt de levering af: datumBekendmaking ligt in het verleden (LVBB1501).", "2"));

    public static readonly Finding F8 = F("F8", "2/3 → 4b", ["2", "3", "4b"], LikelyOwner.PlanSoftware,
        "Wijzigingen in het ontwerpplan konden niet door de LVBB gevalideerd worden, dus er verscheen niets nieuws in de viewer.",
        "Changes to the draft plan could not be validated by LVBB, so nothing new showed in the viewer.",
        "Controleer dat de wijziging gevalideerd en gepubliceerd is voordat je in de viewer kijkt; vergelijk de versie waarop de wijziging voortbouwt (was-expressie) met de versie die de LVBB heeft, en de versie in Ozon met de aangeleverde.",
        "Check that the change was validated and published before looking in the viewer; compare the version the change builds on (its 'was' expression) with the one the LVBB holds, and the version in Ozon with the one delivered.",
        Demo("De plansoftware schrijft de wijziging op haar eigen ontwerpversie van het plan: de LVBB kan die niet valideren, dus er verschijnt niets nieuws in de viewer.", "2", cause: "does not fit the regeling as the LVBB holds it"));

    public static readonly Finding F9 = F("F9", "3", ["3"], LikelyOwner.Lvbb,
        "Plan blijft hangen in verwerking: er komt nooit een verslag.",
        "Plan stuck in processing: no verslag ever comes.",
        "Vraag het verslag voor de idLevering op; komt het niet binnen de gebruikelijke verwerkingstijd, meld het bij KOOP met idLevering en tijdstip.",
        "Request the verslag for the idLevering; when it does not come within the usual processing time, report it to KOOP with the idLevering and time.",
        Demo("De publicatie blijft hangen in verwerking: de LVBB maakt nooit een verslag.", "3"));

    public static readonly Finding F10 = F("F10", "3–8", ["3", "4a", "4b", "5", "6", "7", "8a", "8b"], LikelyOwner.DsoLv,
        "Testgegevens gewist in de oefenomgeving: tests die op eerdere aanleveringen rekenen falen.",
        "Test data wiped in the practice environment: tests relying on earlier uploads fail.",
        "Controleer of de eerder aangeleverde regeling, activiteit of toepasbare regels nog in pre-productie staan; lever na een schoning opnieuw aan.",
        "Check whether the regeling, activity or rules delivered earlier are still in pre-productie; deliver again after a clean-up.",
        Demo("De oefenomgeving is gewist: de bestaande activiteit waar de regelketen op rekent is weg.", "5", fromActivity: true));

    public static readonly Finding F11 = F("F11", "elke stap", [], LikelyOwner.DsoLv,
        "Storing of instabiliteit van DSO-LV: 5xx-antwoorden, time-outs.",
        "DSO-LV outage or instability: 5xx responses, timeouts.",
        "Kijk op de storingsmeldingen van het DSO en herhaal de test later; het bewijs toont de 5xx-antwoorden of time-outs.",
        "Check the DSO's outage notices and run the test again later; the evidence shows the 5xx responses or timeouts.",
        Demo("DSO-LV is instabiel: de RTR antwoordt met 503 of blijft hangen tot de time-out, dus de activiteit is niet op te vragen.", "5", cause: "The RTR (RTR gegevens v2) could not be asked"));

    public static readonly Finding F12 = F("F12", "6 → 7", ["7"], LikelyOwner.RulesSoftware,
        "Regels slagen voor verificatie maar worden bij aanleveren afgewezen: een locatie die Ozon niet kent.",
        "Rules pass verification but are rejected on delivery: a location that Ozon does not know.",
        "Controleer dat elke locatie in de toepasbare regels in Ozon bestaat (gepubliceerd in stap 3); Regels verifiëren controleert dat niet, aanleveren wel.",
        "Check that every location in the rules exists in Ozon (published in step 3); Regels verifiëren does not check that, delivery does.",
        Demo("De toepasbare regels verwijzen naar een locatie die Ozon niet kent: aanleveren wordt geweigerd.", "7"));

    public static readonly Finding F13 = F("F13", "7 → 8a", ["8a"], LikelyOwner.RulesSoftware,
        "Regels met een begindatum in de toekomst staan nog niet in het loket: het lijkt een mislukte aanlevering.",
        "Rules with a future begindatum are not yet in the loket: it looks like a failed upload.",
        "Controleer de geldigBegindatum in de aanlevering: regels met een datum in de toekomst zijn pas vanaf die datum zichtbaar in het Omgevingsloket.",
        "Check the geldigBegindatum of the delivery: rules dated in the future show in the Omgevingsloket only from that date.",
        Demo("De toepasbare regels gelden pas over twee weken: het loket toont ze nog niet.", "7"));

    public static readonly Finding F14 = F("F14", "8a", ["8a"], LikelyOwner.RulesSoftware,
        "De check loopt vast en eindigt in 'Neem contact op met uw gemeente' in plaats van een conclusie.",
        "The check stalls and ends in 'Neem contact op met uw gemeente' (NeemContactOpMet) instead of a conclusion.",
        "Loop de vragen van de conclusie-DMN na: elke combinatie van antwoorden moet tot een conclusie leiden; 'neem contact op' wijst op een ontbrekend pad.",
        "Walk through the questions of the conclusion DMN: every combination of answers must lead to a conclusion; NeemContactOpMet points to a missing path.",
        Demo("De vergunningcheck loopt vast en eindigt in 'Neem contact op met uw gemeente'.", "8a"));

    public static readonly Finding F15 = F("F15", "8a", ["8a"], LikelyOwner.RulesSoftware,
        "Geen werkzaamheden gekoppeld: wie zoekt op gewone woorden komt nooit bij de vragen.",
        "No werkzaamheden linked: users searching by everyday words never reach the questions.",
        "Controleer dat de activiteit aan werkzaamheden (functioneleStructuurRef) gekoppeld is, zodat zoeken op 'dakkapel' de vragen vindt.",
        "Check that the activity is linked to werkzaamheden (functioneleStructuurRef), so a search for 'dakkapel' finds the questions.",
        Demo("Er zijn geen werkzaamheden gekoppeld: zoeken op 'dakkapel' vindt niets.", "8a"));

    public static readonly Finding F16 = F("F16", "9a", ["9a"], LikelyOwner.VthSystem,
        "Bijlagen ontbreken in de zaak (vertrouwelijke bijlagen ontbreken in de PDF).",
        "Attachments missing in the case (confidential attachments missing from the PDF).",
        "Vergelijk de bijlagen in de zaak met de verzoekreferenties van het verzoek; vertrouwelijke bijlagen staan niet in de PDF maar horen wel in de zaak.",
        "Compare the attachments in the case with the verzoek's references; confidential attachments are not in the PDF but belong in the case.",
        Demo("Het VTH-systeem neemt de bijlagen uit de PDF over: de vertrouwelijke bijlage ontbreekt in de zaak.", "9a"));

    public static readonly Finding F17 = F("F17", "9b", ["9b"], LikelyOwner.VthSystem,
        "De ontvangstbevestiging bevat verkeerde gegevens (verzoeknummer, projectnaam) of een verkeerd correspondentieadres.",
        "The receipt carries wrong data (verzoeknummer, project name) or the wrong correspondence address.",
        "Controleer verzoeknummer, projectnaam, bijlagen en correspondentieadres in de ontvangstbevestiging tegen het STAM-verzoek.",
        "Check the verzoeknummer, project name, attachments and correspondence address in the receipt against the STAM verzoek.",
        Demo("De ontvangstbevestiging is gevuld uit de verkeerde velden (verzoeknummer, project, adres).", "9b"));

    public static readonly Finding F18 = F("F18", "10", ["10"], LikelyOwner.BevoegdGezag,
        "Routering niet ingesteld (of alleen in productie): de aanvraag komt bij de gemeente, niet bij de omgevingsdienst.",
        "Routing not configured (or only in production): the request lands at the municipality, not at the omgevingsdienst.",
        "Controleer in het DSO-beheerportaal dat de behandeldienst aan de activiteit gekoppeld is, in pre-productie én productie.",
        "Check in the DSO management portal that the behandeldienst is linked to the activity, in pre-productie and production alike.",
        Demo("De routering naar de omgevingsdienst staat alleen in productie: de aanvraag blijft bij de gemeente.", "10", partners: true));

    public static readonly Finding F19 = F("F19", "9b/10", ["9b", "10"], LikelyOwner.VthSystem,
        "De initiatiefnemer hoort niet dat de aanvraag is doorgestuurd naar een ander bevoegd gezag.",
        "The applicant is not told that the request was forwarded to another bevoegd gezag.",
        "Controleer dat de initiatiefnemer bericht krijgt over het doorsturen, met de naam van de behandeldienst of het andere bevoegd gezag.",
        "Check that the applicant is told about the forwarding, naming the behandeldienst or the other bevoegd gezag.",
        Demo("De omgevingsdienst opent een zaak, maar de initiatiefnemer hoort niet dat de aanvraag is doorgestuurd.", "10", partners: true));

    public static readonly Finding F20 = F("F20", "11", ["11"], LikelyOwner.Swf,
        "De partner ziet een vertrouwelijk document niet (privilege BT in plaats van VT); het actieverzoek wordt nooit afgerond.",
        "The partner cannot see a confidential document (privilege BT instead of VT); the actieverzoek is never completed.",
        "Controleer het privilege van de partner in de samenwerking (VT voor vertrouwelijke documenten) en of het actieverzoek GEREED wordt.",
        "Check the partner's privilege in the samenwerking (VT for confidential documents) and whether the actieverzoek becomes GEREED.",
        Demo("De partner is uitgenodigd met privilege BT in plaats van VT en ziet het vertrouwelijke document niet.", "11", partners: true));

    /// <summary>All twenty, in order.</summary>
    public static IReadOnlyList<Finding> All { get; } =
        [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20];

    /// <summary>The finding with this code (F1–F20, any case), or null.</summary>
    public static Finding? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(f => string.Equals(f.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    private static Finding F(string code, string where, StepId[] steps, Bilingual owner, string dutch, string english, string checkDutch, string checkEnglish, FindingScenario scenario) =>
        new(code, where, steps, new Bilingual(dutch, english), owner, new Bilingual(checkDutch, checkEnglish), scenario);

    private static FindingScenario Demo(string dutch, StepId? failingStep, bool fromActivity = false, bool partners = false, string? cause = null, int? iteration = null) =>
        new(dutch, failingStep) { FromExistingActivity = fromActivity, WithPartners = partners, CauseContains = cause, Iteration = iteration };
}
