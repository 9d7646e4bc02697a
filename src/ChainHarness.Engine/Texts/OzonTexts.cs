using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 4b's words: what Ozon (Presenteren v8, behind Regels op de kaart) showed, or why it could not be asked.</summary>
public static class OzonTexts
{
    public static Bilingual CouldNotAsk(string regeling, string seconds, Bilingual seen, bool rateLimited) => new(
        $"Ozon (Presenteren v8, achter Regels op de kaart) kon niet naar regeling {regeling} gevraagd worden: gedurende {seconds} s {seen.Dutch}"
            + (rateLimited ? " (te veel verzoeken: Ozon vraagt langzamer te gaan, wat niets zegt over de nieuwe versie)" : ""),
        $"Ozon (Presenteren v8, behind Regels op de kaart) could not be asked for regeling {regeling}: for {seconds} s it {seen.English}"
            + (rateLimited ? " (rate limited: Ozon asks to slow down, which says nothing about the new version)" : ""));

    public static Bilingual NotShown(string regeling, string? expression, string seconds, Bilingual seen) => new(
        $"Ozon (Regels op de kaart) toont regeling {regeling} niet{(expression is null ? "" : $" in haar nieuwe versie {expression}")} binnen {seconds} s nadat de LVBB haar publiceerde: Ozon antwoordt 200 met {seen.Dutch}.",
        $"Ozon (Regels op de kaart) does not show regeling {regeling}{(expression is null ? "" : $" in its new version {expression}")} within {seconds} s after the LVBB published it: it answers 200 with {seen.English}.");

    public static Bilingual NoAnswerSeen { get; } = new("geen antwoord", "no answer");

    public static Bilingual Version(string expression) => new($"versie {expression}", $"version {expression}");

    public static Bilingual NoVersion { get; } = new("een regeling zonder versie", "a regeling without a version");

    public static Bilingual SearchRefused(Bilingual seen) => new(
        $"Ozon weigerde de zoekvraag naar regels op de testlocatie: {seen.Dutch}",
        $"Ozon refused the search for rules at the test location: it {seen.English}");

    public static Bilingual AskedFor(bool text, string regeling, Bilingual seen) => new(
        $"Ozon werd gevraagd naar de {(text ? "tekst" : "regels")} van regeling {regeling} en {seen.Dutch}",
        $"Ozon was asked for the {(text ? "text" : "rules")} of regeling {regeling} and {seen.English}");

    public static Bilingual NotAsDelivered(string regeling, Bilingual problems) => new(
        $"Ozon (Regels op de kaart) toont regeling {regeling} niet zoals de wijziging haar leverde: {problems.Dutch}.",
        $"Ozon (Regels op de kaart) does not show regeling {regeling} as the change delivered it: {problems.English}.");

    public static Bilingual RuleMissing(string rule) => new($"juridische regel {rule} ontbreekt", $"juridische regel {rule} is missing");

    public static Bilingual RuleWithout(string rule, string lacks) => new($"juridische regel {rule} staat er zonder {lacks}", $"juridische regel {rule} shows without {lacks}");

    public static Bilingual EndedStillShows(string rule) => new(
        $"juridische regel {rule}, die de wijziging beëindigt, staat er nog", $"juridische regel {rule}, which the change ends, still shows");

    public static Bilingual ArticleMissing(string label, string wId) => new(
        $"{label} (wId {wId}) ontbreekt in de tekst", $"{label} (wId {wId}) is missing from the text");

    public static Bilingual ArticleOldText(string label, string shown, string expected) => new(
        $"{label} toont '{shown}' in plaats van de nieuwe tekst '{expected}'", $"{label} shows '{shown}' instead of the new text '{expected}'");

    public static Bilingual WithdrawnStillShows(string label) => new(
        $"{label}, dat de wijziging intrekt, staat nog in de tekst", $"{label}, which the change withdraws, still shows in the text");

    public static Bilingual NoRuleHere(string point, string? regeling, int others, string? location) => new(
        $"Op de testlocatie {point} geeft Ozon geen regel van regeling {regeling} ({others} regel(s) van andere regelingen): "
            + $"werkingsgebied {location} dekt de testlocatie niet, of de regel werd zonder dat werkingsgebied gepubliceerd.",
        $"At the test location {point} Ozon returns no rule of regeling {regeling} ({others} rule(s) of other regelingen): "
            + $"werkingsgebied {location} does not cover the test location, or the rule was published without it.");

    public static Bilingual AnnotationDropped(string point, string rule, string? activity, string has) => new(
        $"Op de testlocatie {point} toont Ozon regel {rule} zonder activiteit {activity} (ze heeft {has}), terwijl de levering van stap 1 die regel ermee annoteerde: Ozon liet de annotatie vallen die de levering droeg.",
        $"At the test location {point} Ozon shows rule {rule} without activity {activity} (it has {has}), although the delivery of step 1 annotated that rule with it: Ozon dropped the annotation the delivery carried.");

    public static Bilingual WeakAnnotation(string point, string rule, string? activity, string has) => new(
        $"Op de testlocatie {point} toont Ozon regel {rule}, maar zonder activiteit {activity} (ze heeft {has}): zwakke annotatie.",
        $"At the test location {point} Ozon shows rule {rule}, but without activity {activity} (it has {has}): weak annotation.");

    public static Bilingual NotInWerkingsgebied(string point, string rule, string? activity, string? location, string has) => new(
        $"Op de testlocatie {point} toont Ozon regel {rule} met activiteit {activity}, maar niet in werkingsgebied {location} (ze heeft {has}).",
        $"At the test location {point} Ozon shows rule {rule} with activity {activity}, but not in werkingsgebied {location} (it has {has}).");
}
