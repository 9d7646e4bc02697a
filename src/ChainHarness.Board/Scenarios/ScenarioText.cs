using ChainHarness.Engine.Chain;
using ChainHarness.Board.Live;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Scenarios;

namespace ChainHarness.Board.Scenarios;

/// <summary>
/// A scenario of the catalogue as the board shows it, in both languages. The catalogue describes a
/// scenario in Dutch; in English the board uses the werkplaats finding's own one-liner.
/// </summary>
internal static class ScenarioText
{
    private const string AllGoodEnglish = "All good: the whole chain works, with omgevingsdienst and partner.";

    public static Bilingual Title(Scenario scenario) => new(
        scenario.Omschrijving,
        Werkplaats.Find(scenario.Bevinding ?? scenario.Naam) is { } finding ? finding.Text.English
        : IsAllesGoed(scenario) ? AllGoodEnglish
        : scenario.Omschrijving);

    /// <summary>"code · stap N — omschrijving" as the scenario list shows a finding's demo ("alles goed" as it is).</summary>
    public static Bilingual Label(Scenario scenario)
    {
        var title = Title(scenario);
        return scenario.FalendeStap is { } step ? new Bilingual($"{scenario.Naam} · stap {step} — {title.Dutch}", $"{scenario.Naam} · step {step} — {title.English}")
            : IsAllesGoed(scenario) ? title
            : new Bilingual($"{scenario.Naam} — {title.Dutch}", $"{scenario.Naam} — {title.English}");
    }

    private static bool IsAllesGoed(Scenario scenario) => string.Equals(scenario.Naam, ScenarioCatalog.AllesGoed, StringComparison.OrdinalIgnoreCase);
}
