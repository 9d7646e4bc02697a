using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>What a step that passed saw, one line per step, with the observed ids, counts and dates as parameters.</summary>
public static class PassedTexts
{
    public static Bilingual PlanWritten(string? besluit, string rule, string? activity, string? location, int files) => new(
        $"De plansoftware schreef {besluit}: regel {rule} met activiteit {activity} in werkingsgebied {location} ({files} bestanden). ",
        $"The plan software wrote {besluit}: rule {rule} with activity {activity} in werkingsgebied {location} ({files} files). ");

    public static Bilingual Bekendmaking(string besluit, string identificatie, string titel, string datum) => new(
        $"officielebekendmakingen.nl toont {besluit} als {identificatie} ('{titel}'), bekendgemaakt {datum}.",
        $"officielebekendmakingen.nl lists {besluit} as {identificatie} ('{titel}'), bekendgemaakt {datum}.");

    public static Bilingual Ozon(string? regeling, string point, string rule, string? activity, string? location) => new(
        $"Ozon toont {regeling}; op {point} regel {rule} met activiteit {activity} in werkingsgebied {location}.",
        $"Ozon shows {regeling}; at {point} rule {rule} with activity {activity} in werkingsgebied {location}.");

    public static Bilingual WholeChange(int rules, string articles, string withdrawn, int annotations, int ozonArticles) => new(
        $" De regeling toont alle {rules} juridische regel(s) van de wijziging met hun activiteiten en werkingsgebieden"
            + (articles.Length > 0 ? $", en de nieuwe tekst van {articles}" : "")
            + (withdrawn.Length > 0 ? $"; wat de wijziging introk ({withdrawn}) is niet meer te zien" : "")
            + $" ({annotations} regel(s), {ozonArticles} artikel(en) in Ozon).",
        $" The regeling shows all {rules} juridische regel(s) of the change with their activities and werkingsgebieden"
            + (articles.Length > 0 ? $", and the new text of {articles}" : "")
            + (withdrawn.Length > 0 ? $"; what the change withdrew ({withdrawn}) no longer shows" : "")
            + $" ({annotations} rule(s), {ozonArticles} article(s) in Ozon).");

    public static Bilingual RulesWritten(string activity, string types, string werkzaamheden) => new(
        $"Activiteit {activity} staat in de RTR; de regelbeheersoftware schreef {types} met die activiteit, en koppelde {werkzaamheden}.",
        $"Activity {activity} is in the RTR; the rules software wrote {types} naming it, and linked {werkzaamheden}.");

    public static Bilingual And { get; } = new(" en ", " and ");

    public static Bilingual Verified(int files, string activity, int warnings) => new(
        $"Regels verifiëren keurde {files} STTR-bestanden voor {activity} goed ({warnings} waarschuwing{(warnings == 1 ? "" : "en")}).",
        $"Regels verifiëren approved {files} STTR files for {activity} ({warnings} warning{(warnings == 1 ? "" : "s")}).");

    public static Bilingual Delivered(string idLevering, string expected, string activity, string date, string replaced) => new(
        $"Levering {idLevering} geaccepteerd; de RTR toont {expected} voor {activity} per {date}" + (replaced.Length > 0 ? $", ter vervanging van de versie uit levering {replaced}." : "."),
        $"Delivery {idLevering} accepted; the RTR lists {expected} for {activity} as of {date}" + (replaced.Length > 0 ? $", replacing the version of delivery {replaced}." : "."));

    public static Bilingual Checked(string zoekterm, string werkzaamheid, int questions, string conclusie) => new(
        $"Zoeken op '{zoekterm}' vindt '{werkzaamheid}'; de check stelt de {questions} verwachte vragen en concludeert {conclusie}.",
        $"Searching '{zoekterm}' finds '{werkzaamheid}'; the check asks the {questions} expected questions and concludes {conclusie}.");

    public static Bilingual Submitted(string project, string verzoeknummer, string datum, int answers, int documents) => new(
        $"Aanvraag '{project}' ingediend: verzoeknummer {verzoeknummer} van {datum}, {answers} antwoorden en {documents} documenten bevestigd.",
        $"Aanvraag '{project}' submitted: verzoeknummer {verzoeknummer} of {datum}, {answers} answers and {documents} documents confirmed.");

    public static Bilingual ZaakComplete(string zaak, string verzoek, int answers, int attachments) => new(
        $"Zaak {zaak} bevat verzoek {verzoek} met alle {answers} antwoorden en {attachments} bijlagen zoals ingediend.",
        $"Zaak {zaak} holds verzoek {verzoek} with all {answers} answers and {attachments} attachments as submitted.");

    public static Bilingual Receipt(string verzoek, string project, int attachments, string address) => new(
        $"De initiatiefnemer kreeg een ontvangstbevestiging voor verzoek {verzoek} ('{project}', {attachments} bijlagen) op {address}.",
        $"The applicant got an ontvangstbevestiging for verzoek {verzoek} ('{project}', {attachments} attachments) at {address}.");

    public static Bilingual Routed(string verzoek, string routed, string od, string zaak, string municipality) => new(
        $"Verzoek {verzoek}: {routed} ging naar {od} (zaak {zaak} in haar systeem), niet naar {municipality}; de initiatiefnemer kreeg de ontvangstbevestiging.",
        $"Verzoek {verzoek}: {routed} went to {od} (zaak {zaak} in its system), not to {municipality}; the applicant got its ontvangstbevestiging.");

    public static Bilingual Collaborated(string samenwerking, string verzoek, string partner, int documents, string actieverzoek) => new(
        $"Samenwerking {samenwerking} op verzoek {verzoek}: {partner} zag het dossier en {documents} document(en), rondde actieverzoek {actieverzoek} af, en het zaaksysteem kreeg bericht.",
        $"Samenwerking {samenwerking} on verzoek {verzoek}: {partner} saw the dossier and {documents} document(s), completed actieverzoek {actieverzoek}, and the case system was notified.");
}
