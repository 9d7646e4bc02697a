using ChainHarness.Engine.Chain;

namespace ChainHarness.Cli.Texts;

/// <summary>The command line's own words: top-level errors, the demo's narration, waits and prompts.</summary>
internal static class CliTexts
{
    public static Bilingual Cancelled { get; } = new("Afgebroken.", "Cancelled.");

    public static Bilingual InternalError(string message) => new(
        $"ChainHarness stopte op een interne fout: {message}", $"ChainHarness stopped on an internal error: {message}");

    public static Bilingual Iteration { get; } = new("Iteratie", "Iteration");

    public static Bilingual NotStageable(string scenario) => new(
        $"Scenario {scenario} kunnen de simulators nog niet nabootsen:", $"The simulators cannot stage scenario {scenario} yet:");

    public static Bilingual ExpectFails(string step) => new(
        $"We verwachten dat stap {step} faalt; wat erop bouwt, wordt overgeslagen.", $"We expect step {step} to fail; what builds on it is skipped.");

    public static Bilingual ExpectPasses { get; } = new("We verwachten dat elke stap die meedoet slaagt.", "We expect every step taking part to pass.");

    public static Bilingual StepName(string id, string name) => new($"Stap {id} ({name})", $"Step {id} ({name})");

    public static Bilingual Passed(string step) => new($"{step} is geslaagd.", $"{step} passed.");

    public static Bilingual Fails(string step) => new($"{step} faalt:", $"{step} fails:");

    public static Bilingual Skipped(string step) => new(
        $"{step} wordt overgeslagen, omdat een stap waar hij op bouwt niet lukte.", $"{step} is skipped, because a step it builds on did not pass.");

    public static Bilingual NotApplicable(string step) => new($"{step} is hier niet van toepassing.", $"{step} does not apply here.");

    public static Bilingual NotRun(string step) => new($"{step} draait bewust niet mee.", $"{step} is left out on purpose.");

    public static Bilingual NotBuilt(string step) => new($"{step} is nog niet gebouwd.", $"{step} is not built yet.");

    public static Bilingual FindingIs(string code, string text) => new($" Dit is werkplaatsbevinding {code}: {text}", $" This is werkplaats finding {code}: {text}");

    /// <summary>"wacht op het LVBB-verslag … (nog 14:32)": what a step waits on and the time left.</summary>
    public static Bilingual WaitingOn(string onWhat, string left) => new($"wacht op {onWhat} (nog {left})", $"waiting on {onWhat} ({left} left)");

    public static Bilingual WaitingUntil(string onWhat, string left, string until) => new(
        $"wacht op {onWhat}: uiterlijk om {until} UTC, nog {left}", $"waiting on {onWhat}: until {until} UTC at the latest, {left} left");

    public static Bilingual BoardFor(string municipality, string profile, string url) => new(
        $"Ketenbord voor {municipality} (profiel {profile}): [bold]{url}[/]", $"Chain board for {municipality} (profile {profile}): [bold]{url}[/]");

    public static Bilingual OpenInBrowser { get; } = new("Open dit adres in een browser. Ctrl-C stopt het bord.", "Open this address in a browser. Ctrl-C stops the board.");

    public static Bilingual BoardStopped { get; } = new("Ketenbord gestopt.", "Board stopped.");

    public static Bilingual NotSimulatedYet(string step) => new($"{step} (nog niet gesimuleerd)", $"{step} (not simulated yet)");
}
