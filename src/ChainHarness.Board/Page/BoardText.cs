using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Page;

/// <summary>
/// Every fixed word of the board page in Dutch and English, by the key the page's script and its
/// <c>data-t</c> attributes use. Words the reports already have come from <see cref="ReportText"/>.
/// </summary>
internal static class BoardText
{
    private static readonly (string Key, string Nl, string En)[] Own =
    [
        ("title", "Live ketenbord", "Live chain board"),
        ("scenario", "Scenario", "Scenario"),
        ("start", "▶ Start", "▶ Start"),
        ("busy", "Bezig …", "Running …"),
        ("idle", "Kies een scenario en druk op Start.", "Pick a scenario and press Start."),
        ("chainRunning", "De keten loopt …", "The chain is running …"),
        ("notStarted", "nog niet gestart", "not started"),
        ("now", "Nu", "Now"),
        ("seen", "Gezien", "Seen"),
        ("expectBreak", "Verwacht: stap {steps} faalt.", "Expected: step {steps} fails."),
        ("expectClosed", "Verwacht: elke stap die meedoet slaagt.", "Expected: every step taking part passes."),
        ("notWired", "De simulatoren kunnen deze bevinding nog niet nabootsen: de run laat zien wat er dan wél gebeurt.", "The simulators cannot stage this finding yet: the run shows what happens instead."),
        ("whyFails", "Waarom stap {step} faalt", "Why step {step} fails"),
        ("allPassed", "Elke stap die de keten sluit is geslaagd.", "Every step that closes the chain passed."),
        ("notShown", "Geen stap meldde {code}: de simulatoren brengen deze storing nog niet in.", "No step reported {code}: the simulators do not inject this fault yet."),
        ("details", "Bewijs en details", "Evidence and details"),
        ("clickStep", "Klik op een stap voor wat er gecontroleerd is en het bewijs.", "Click a step for what was checked and its evidence."),
        ("close", "Sluiten", "Close"),
        ("alreadyRunning", "Er loopt al een run: wacht tot die klaar is.", "A run is still going: wait until it is done."),
        ("disconnected", "Verbinding met het bord verbroken, opnieuw verbinden …", "Lost the connection to the board, reconnecting …"),
        ("seconds", "s", "s"),
    ];

    /// <summary><c>{ "nl": { key: text }, "en": { key: text } }</c>: the board's own words and the reports' shared ones.</summary>
    public static Dictionary<string, Dictionary<string, string>> ForPage() => new()
    {
        ["nl"] = Words(ReportText.Dutch, o => o.Nl),
        ["en"] = Words(ReportText.English, o => o.En),
    };

    public static string Get(string key, ReportLanguage language)
    {
        var word = Own.First(o => o.Key == key);
        return language == ReportLanguage.English ? word.En : word.Nl;
    }

    private static Dictionary<string, string> Words(ReportText text, Func<(string Key, string Nl, string En), string> pick)
    {
        var words = Own.ToDictionary(o => o.Key, pick);
        words["stepWord"] = text.StepWord;
        words["finding"] = text.Finding;
        words["owner"] = text.WhomToCall;
        words["check"] = text.WhatToCheck;
        words["cause"] = text.Cause;
        words["evidence"] = text.Evidence;
        words["chain"] = text.Chain;
        words["partnerNote"] = text.PartnerNote;
        foreach (var status in Enum.GetValues<StepStatus>())
        {
            words["status" + status] = text.Status(status);
        }

        return words;
    }
}
