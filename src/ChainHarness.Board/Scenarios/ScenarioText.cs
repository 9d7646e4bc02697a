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

    public static Words Title(Scenario scenario) => new(
        scenario.Omschrijving,
        Werkplaats.Find(scenario.Bevinding ?? scenario.Naam) is { } finding ? finding.Text.English
        : IsAllesGoed(scenario) ? AllGoodEnglish
        : scenario.Omschrijving);

    /// <summary>"code · stap N — omschrijving" as the scenario list shows a finding's demo ("alles goed" as it is).</summary>
    public static Words Label(Scenario scenario)
    {
        var title = Title(scenario);
        return scenario.FalendeStap is { } step ? new Words($"{scenario.Naam} · stap {step} — {title.Nl}", $"{scenario.Naam} · step {step} — {title.En}")
            : IsAllesGoed(scenario) ? title
            : new Words($"{scenario.Naam} — {title.Nl}", $"{scenario.Naam} — {title.En}");
    }

    private static bool IsAllesGoed(Scenario scenario) => string.Equals(scenario.Naam, ScenarioCatalog.AllesGoed, StringComparison.OrdinalIgnoreCase);
}
