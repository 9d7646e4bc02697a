using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Texts;

/// <summary>The runner's words about a step it did not run, or that ended without its own verdict.</summary>
public static class RunTexts
{
    public static Bilingual Skipped(StepId blockedBy) => new(
        $"Niet uitgevoerd: stap {blockedBy}, waar deze stap op bouwt, is niet geslaagd.",
        $"Not run: step {blockedBy}, which this step needs, did not pass.");

    public static Bilingual BlockedBy(StepId blockedBy) => new($"geblokkeerd door stap {blockedBy}", $"blocked by step {blockedBy}");

    public static Bilingual NotImplemented { get; } = new("niet gebouwd in deze versie van ChainHarness", "not implemented in this version of ChainHarness");

    public static Bilingual CancelledBefore { get; } = new("afgebroken voordat deze stap liep", "cancelled before this step ran");

    public static Bilingual CancelledDuring { get; } = new("afgebroken terwijl deze stap liep", "cancelled while this step ran");

    public static Bilingual StoppedBefore { get; } = new("de run stopte voor deze stap", "the run stopped before this step");

    public static Bilingual ProductionRefused { get; } = new(
        "niet uitgevoerd: de run stopte toen een verzoek aan een productieserver werd geweigerd",
        "not run: the run stopped when a request to a production host was refused");

    public static Bilingual NotSelected { get; } = new("niet gekozen voor deze run", "not selected for this run");

    public static Bilingual FromActivity(string activity) => new(
        $"bewust niet uitgevoerd: de regelketen begint bij de bestaande activiteit {activity}",
        $"not run by choice: the rules sub-chain starts from the existing activity {activity}");

    public static Bilingual DeadlinePassed(TimeSpan deadline) => new(
        $"De stap was niet klaar binnen zijn termijn ({Seconds(deadline)} s): een systeem in de keten antwoordt niet.",
        $"The step did not finish within its deadline ({Seconds(deadline)} s): a system in the chain does not answer.");

    public static Bilingual MissingCapture(string capture, StepDefinition? writer) => writer is null
        ? new($"Deze stap heeft {capture} nodig, maar geen stap legt dat vast.", $"This step needs {capture}, but no step captures it.")
        : new(
            $"Deze stap heeft {capture} nodig, dat stap {writer.Id} ({writer.DutchName}) vastlegt; die stap liep niet in deze run of legde het niet vast.",
            $"This step needs {capture}, which step {writer.Id} ({writer.EnglishName}) captures; that step did not run in this run, or captured nothing.");

    public static Bilingual DriverFailed(string detail) => new(
        $"De software van de gemeente deed niet wat deze stap nodig heeft: {detail}",
        $"The municipality's software did not do what this step needs: {detail}");

    public static Bilingual UnexpectedError(string message) => new(
        $"De stap stopte op een onverwachte fout: {message}",
        $"The step stopped on an unexpected error: {message}");

    public static Bilingual UnreadableAnswer(string exchange, string status, string message) => new(
        $"De stap kon het antwoord op zijn laatste verzoek niet lezen ({exchange}, HTTP {status}): {message}",
        $"The step could not read the answer to its last request ({exchange}, HTTP {status}): {message}");

    public static Bilingual NoStatus { get; } = new("geen", "none");

    public static Bilingual NoBehandeldienst { get; } = new(
        "Niet van toepassing: dit profiel noemt geen behandeldienst (Behandeldienst), dus elke aanvraag blijft bij de gemeente.",
        "Not applicable: this profile names no behandeldienst (Behandeldienst), so every request stays with the municipality.");

    public static Bilingual NoPartner { get; } = new(
        "Niet van toepassing: dit profiel noemt geen samenwerkingspartner (Collaboration), dus niemand wordt uitgenodigd om aan de aanvraag te werken.",
        "Not applicable: this profile names no collaboration partner (Collaboration), so nobody is invited to work on the request.");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
