using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Steps 5, 6 and 7: the rules software's STTR files, Regels verifiëren, Toepasbare regels aanleveren and the RTR, with the observed ids, codes and dates.</summary>
public static class RulesTexts
{
    public static Bilingual NoActivity { get; } = new(
        "Er is geen activiteit om toepasbaar te maken: stap 1 legde er geen vast (de wijziging annoteert geen activiteit). Begin met --from-activity bij een bestaande activiteit om alleen de regels te testen.",
        "There is no activity to make toepasbaar: step 1 captured none (the change annotates no activity). Start from an existing activity with --from-activity to test the rules alone.");

    public static Bilingual NoAnswer { get; } = new("geen antwoord", "no answer");

    public static Bilingual NoAnswerBecause(Bilingual reason) => new($"geen antwoord ({reason.Dutch})", $"no answer ({reason.English})");

    public static Bilingual HttpStatus(int status) => Bilingual.Same($"HTTP {status}");

    public static Bilingual Unreadable(int status) => new($"HTTP {status} met een leeg of onleesbaar antwoord", $"HTTP {status} with an empty or unreadable body");

    public static Bilingual RtrNotAsked(string activity, Bilingual seen) => new(
        $"De RTR (RTR gegevens v2) kon niet gevraagd worden naar activiteit {activity}: die gaf {seen.Dutch} in plaats van de lijst met activiteiten.",
        $"The RTR (RTR gegevens v2) could not be asked for activity {activity}: it gave {seen.English} instead of the list of activities.");

    public static Bilingual RtrLacksActivity(string activity, string code, string date, Bilingual why) => new(
        $"De RTR (RTR gegevens v2) noemt activiteit {activity} niet voor organisatie {code} op {date}, dus die kan niet toepasbaar worden gemaakt. {why.Dutch}",
        $"The RTR (RTR gegevens v2) does not list activity {activity} for organisation {code} as of {date}, so it cannot be made toepasbaar. {why.English}");

    public static Bilingual ExistingActivityGone { get; } = new(
        "De run begon bij deze bestaande activiteit, maar die is weg: de testgegevens in de oefenomgeving zijn misschien gewist.",
        "The run started from this existing activity, but it is gone: test data in the practice environment may have been wiped.");

    public static Bilingual NotReachedRtr { get; } = new(
        "De in stap 3 gepubliceerde activiteit heeft de RTR vanuit Ozon niet bereikt.",
        "The activity published in step 3 has not reached the RTR from Ozon.");

    public static Bilingual NotToepasbaar(string activity, Bilingual problems) => new(
        $"De regelbeheersoftware maakte activiteit {activity} niet toepasbaar: {problems.Dutch}.",
        $"The rules software did not make activity {activity} toepasbaar: {problems.English}.");

    public static Bilingual SttrNote { get; } = new("STTR-bestanden van de regelbeheersoftware", "STTR files written by the rules software");

    public static Bilingual SttrFile(string file, string type, int characters) => new(
        $"{file} ({type}, {characters} tekens)", $"{file} ({type}, {characters} characters)");

    public static Bilingual NoFileOfType(string type) => new($"ze schreef geen {type}-bestand", $"it wrote no {type} file");

    public static Bilingual NotDmn(string file, Bilingual why) => new($"{file} is geen DMN-XML ({why.Dutch})", $"{file} is not DMN XML ({why.English})");

    public static Bilingual RootNotDefinitions(string root) => new(
        $"de wortel is {root}, geen DMN-element definitions", $"its root is {root}, not a DMN definitions element");

    public static Bilingual NamesOtherActivity(string file, string activity, string? named) => new(
        $"{file} noemt activiteit {activity} niet in zijn functioneleStructuurRef (die noemt {named ?? "niets"})",
        $"{file} does not name activity {activity} in its functioneleStructuurRef (it names {named ?? "nothing"})");

    public static Bilingual NoWerkzaamheden { get; } = new(
        "ze koppelde geen werkzaamheden, dus wie met alledaagse woorden zoekt vindt de activiteit niet",
        "it linked no werkzaamheden, so people searching with everyday words will not find the activity");

    public static Bilingual NotVerified(string file, Bilingual seen) => new(
        $"Regels verifiëren kon {file} niet verifiëren: die gaf {seen.Dutch} in plaats van een verificatierapport.",
        $"Regels verifiëren could not verify {file}: it gave {seen.English} instead of a verification report.");

    public static Bilingual VerificationRejected(string file, string type, string beschrijving, string code, int more) => new(
        $"Regels verifiëren keurde {file} ({type}) af: {beschrijving} [{code}]{(more > 0 ? $" (nog {more} fout{(more > 1 ? "en" : "")} in het bewijs)" : "")}",
        $"Regels verifiëren rejected {file} ({type}): {beschrijving} [{code}]{(more > 0 ? $" ({more} more error{(more > 1 ? "s" : "")} in the evidence)" : "")}");

    public static Bilingual AanleverenNoAnswer(string idLevering, Bilingual reason) => new(
        $"Toepasbare regels aanleveren antwoordde niet op levering {idLevering}: {reason.Dutch}.",
        $"Toepasbare regels aanleveren did not answer delivery {idLevering}: {reason.English}.");

    public static Bilingual AanleverenRefused(string idLevering, int status, string? why) => new(
        $"Toepasbare regels aanleveren weigerde levering {idLevering} (HTTP {status}): {why}",
        $"Toepasbare regels aanleveren refused delivery {idLevering} (HTTP {status}): {why}");

    public static Bilingual Older(string deliveries) => new(
        $" Ze toont nog de eerdere versie van levering {deliveries}.", $" It still serves the earlier version of delivery {deliveries}.");

    public static Bilingual RulesInFuture(string idLevering, string missing, string activity, string date, string begin, Bilingual older) => new(
        $"Toepasbare regels aanleveren nam levering {idLevering} aan, maar de RTR noemt vandaag ({date}) geen {missing} voor {activity}: de regels gelden pas vanaf {begin} (geldigBegindatum in de toekomst), dus het loket toont ze nog niet. Het lijkt op een mislukte upload, maar dat is het niet.{older.Dutch}",
        $"Toepasbare regels aanleveren accepted delivery {idLevering}, but the RTR lists no {missing} for {activity} as of today ({date}): the rules are valid only from {begin} (geldigBegindatum in the future), so the loket does not show them yet. It looks like a failed upload, but it is not.{older.English}");

    public static Bilingual RulesNotListed(string idLevering, string missing, string activity, string date, string seconds, Bilingual older) => new(
        $"Toepasbare regels aanleveren nam levering {idLevering} aan, maar de RTR noemt na {seconds} s nog steeds geen {missing} voor {activity} op {date}.{older.Dutch}",
        $"Toepasbare regels aanleveren accepted delivery {idLevering}, but the RTR still lists no {missing} for {activity} as of {date} after {seconds} s.{older.English}");

    public static Bilingual And { get; } = new(" en ", " and ");
}
