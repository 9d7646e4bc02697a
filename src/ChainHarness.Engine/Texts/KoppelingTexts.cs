using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 8a's search that finds nothing, said only after looking in the RTR whether the werkzaamheid is linked (F15) or not.</summary>
public static class KoppelingTexts
{
    public static Bilingual Nothing { get; } = new("niets", "nothing");

    public static Bilingual NotLinked(string zoekterm, Bilingual seen, string werkzaamheid, string datum, Bilingual listed) => new(
        $"Zoeken in het loket op '{zoekterm}' vindt {seen.Dutch}, niet de werkzaamheid '{werkzaamheid}', en RTR gegevens koppelt haar op {datum} aan geen activiteit (de RTR noemt: {listed.Dutch}): wie op gewone woorden zoekt, komt nooit bij de vragen.",
        $"Searching the loket for '{zoekterm}' finds {seen.English}, not the werkzaamheid '{werkzaamheid}', and RTR gegevens links it to no activity on {datum} (the RTR lists: {listed.English}): citizens searching by everyday words never reach the questions.");

    public static Bilingual LinkedButNotFound(string zoekterm, Bilingual seen, string werkzaamheid, int activiteiten) => new(
        $"Zoeken in het loket op '{zoekterm}' vindt {seen.Dutch}, niet de werkzaamheid '{werkzaamheid}', terwijl RTR gegevens haar aan {activiteiten} activiteit(en) koppelt: de zoekfunctie van het loket (Zoekinterface) vindt wat gekoppeld is niet.",
        $"Searching the loket for '{zoekterm}' finds {seen.English}, not the werkzaamheid '{werkzaamheid}', although RTR gegevens links it to {activiteiten} activit(y/ies): the loket's search (Zoekinterface) does not find what is linked.");

    public static Bilingual CouldNotLook(string zoekterm, Bilingual seen, string werkzaamheid, Bilingual why) => new(
        $"Zoeken in het loket op '{zoekterm}' vindt {seen.Dutch}, niet de werkzaamheid '{werkzaamheid}'; of ze gekoppeld is, was niet na te gaan: RTR gegevens {why.Dutch}.",
        $"Searching the loket for '{zoekterm}' finds {seen.English}, not the werkzaamheid '{werkzaamheid}'; whether it is linked could not be checked: RTR gegevens {why.English}.");

    /// <summary>Words the system itself gave (names, ids): the same in both languages.</summary>
    public static Bilingual Same(string text) => new(text, text);

    public static Bilingual NoEndpoint(string message) => new($"is niet ingesteld ({message})", $"is not configured ({message})");
}
