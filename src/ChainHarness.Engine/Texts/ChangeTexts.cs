using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 1: what the plan software's delivery carries or lacks, with the observed files, ids and counts.</summary>
public static class ChangeTexts
{
    public static Bilingual CannotOpen(string file, string? error) => new(
        $"De levering {file} van de plansoftware is niet te openen: {error}",
        $"The plan software's delivery {file} cannot be opened: {error}");

    public static Bilingual DeliveryNote(string file, int bytes) => new(
        $"Levering {file} van de plansoftware ({bytes} bytes)", $"Delivery {file} from the plan software ({bytes} bytes)");

    public static Bilingual Incomplete(string file, Bilingual missing) => new(
        $"De levering {file} van de plansoftware is onvolledig: {missing.Dutch}.",
        $"The plan software's delivery {file} is incomplete: {missing.English}.");

    public static Bilingual WeakAnnotation(Bilingual why) => new(
        $"De plansoftware schreef de wijziging zonder de regel te annoteren (zwakke annotatie): {why.Dutch}. "
            + "De regel zou niet op zijn locatie in Regels op de kaart verschijnen en geeft de toepasbare regels geen activiteit.",
        $"The plan software wrote the change without annotating the rule (weak annotation): {why.English}. "
            + "The rule would not show at its location in Regels op de kaart and gives the toepasbare regels no activity.");

    public static Bilingual WrongIntrekking(Bilingual problems) => new(
        $"De plansoftware schreef de intrekking verkeerd: {problems.Dutch}. Ozon zou een regel blijven tonen die het besluit intrekt.",
        $"The plan software wrote the intrekking wrongly: {problems.English}. Ozon would keep showing a rule that the besluit withdraws.");

    public static Bilingual NotWellFormed(string file, string error) => new(
        $"{file} is geen welgevormde XML ({error})", $"{file} is not well-formed XML ({error})");

    public static Bilingual NoFile(string file) => new($"geen {file}", $"no {file}");

    public static Bilingual NoBesluit(string? publicatie) => new(
        $"geen besluit (AanleveringBesluit) in '{publicatie}', het bestand dat de opdracht noemt",
        $"no besluit (AanleveringBesluit) in '{publicatie}', the file the opdracht names");

    public static Bilingual NoGio { get; } = new(
        "geen GIO (een informatieobject .xml met zijn .gml)", "no GIO (an information object .xml with its .gml)");

    public static Bilingual NoOwManifest(string file) => new(
        $"geen {file} die de regeling noemt (WorkIDRegeling)", $"no {file} naming the regeling (WorkIDRegeling)");

    public static Bilingual NoOwFiles { get; } = new(
        "geen OW-bestanden (ow*.xml) met OW-objecten", "no OW files (ow*.xml) with OW objects");

    public static Bilingual NothingAnnotated { get; } = new(
        "de levering annoteert geen enkele regeltekst (geen Regeltekst, geen juridische regel)",
        "the delivery annotates no rule text at all (no Regeltekst, no juridische regel)");

    public static Bilingual NoJuridischeRegel(int regelteksten) => new(
        $"de levering heeft {regelteksten} regeltekst(en) maar geen juridische regel die ze een activiteit en een locatie geeft",
        $"the delivery has {regelteksten} rule text(s) but no juridische regel that gives them an activity and a location");

    public static Bilingual LacksActivity { get; } = new(
        "activiteit (Activiteit) die in de levering is gedefinieerd", "activity (Activiteit) defined in the delivery");

    public static Bilingual LacksWerkingsgebied { get; } = new(
        "werkingsgebied (Gebied of Gebiedengroep) dat in de levering is gedefinieerd", "werkingsgebied (Gebied or Gebiedengroep) defined in the delivery");

    public static Bilingual LacksRegeltekst { get; } = new(
        "regeltekst (Regeltekst) die hij annoteert", "rule text (Regeltekst) it annotates");

    public static Bilingual RuleLacks(string rule, IReadOnlyList<Bilingual> lacks) => new(
        $"juridische regel {rule} heeft geen {string.Join(" en geen ", lacks.Select(l => l.Dutch))}",
        $"juridische regel {rule} has no {string.Join(" and no ", lacks.Select(l => l.English))}");

    public static Bilingual WithdrawnStillCurrent(string label, string? wId, string texts, string status) => new(
        $"ze trekt {label} in (wId {wId}) maar levert de regeltekst {texts} ervan als geldend in plaats van die te beëindigen (status {status})",
        $"it withdraws {label} (wId {wId}) but delivers its rule text {texts} as current instead of ending it (status {status})");

    public static Bilingual WithdrawnNotEnded(string label, string? wId) => new(
        $"ze trekt {label} in (wId {wId}) maar beëindigt geen regeltekst (Regeltekst) ervan in OW",
        $"it withdraws {label} (wId {wId}) but ends no rule text (Regeltekst) of it in OW");

    public static Bilingual Carries(int rules, int activities, int locations) => new(
        $"Ze bevat {rules} juridische regel(s), {activities} activiteit(en) en {locations} locatie(s)",
        $"It carries {rules} juridische regel(s), {activities} activity(ies) and {locations} location(s)");

    public static Bilingual Replaces(string articles) => new($"; ze vervangt {articles}", $"; it replaces {articles}");

    public static Bilingual Withdraws(string parts, int ended) => new(
        $"; ze trekt {parts} in en beëindigt {ended} OW-object(en)", $"; it withdraws {parts} and ends {ended} OW object(s)");
}
