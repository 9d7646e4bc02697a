using System.Globalization;
using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>The preflight's words: the table's title and headers, each status, and the detail per endpoint.</summary>
public static class PreflightTexts
{
    public static Bilingual Title { get; } = new("Voorcontrole: koppelvlakken", "Preflight: connections");
    public static Bilingual Koppelvlak { get; } = new("Koppelvlak", "Connection");
    public static Bilingual Endpoint { get; } = new("Endpoint", "Endpoint");
    public static Bilingual Connection { get; } = new("Verbinding", "Status");
    public static Bilingual Details { get; } = new("Toelichting", "Details");
    public static Bilingual Connected { get; } = new("verbonden", "connected");
    public static Bilingual CredentialsRefusedWord { get; } = new("niet verbonden: sleutel of certificaat geweigerd", "not connected: key or certificate refused");
    public static Bilingual ReachableWord { get; } = new("bereikbaar; sleutel of certificaat niet bewezen", "reachable; key or certificate not proven");
    public static Bilingual NotConnectedWord { get; } = new("niet verbonden", "not connected");
    public static Bilingual NotConfiguredWord { get; } = new("niet geconfigureerd", "not configured");
    public static Bilingual NotCheckedWord { get; } = new("niet gecontroleerd", "not checked");

    public static Bilingual Cancelled { get; } = new("Niet gecontroleerd: de run is afgebroken.", "Not checked: the run was cancelled.");

    public static Bilingual DeadlinePassed(string koppelvlak, string endpoint, TimeSpan deadline) => new(
        $"{koppelvlak} niet verbonden: {endpoint} antwoordde niet binnen de voorcontrole-termijn van {Seconds(deadline)} s (Timing:PreflightDeadline).",
        $"{koppelvlak} not connected: {endpoint} did not answer within the preflight deadline of {Seconds(deadline)} s (Timing:PreflightDeadline).");

    public static Bilingual NotConfigured(string koppelvlak, string endpoint) => new(
        $"{endpoint} heeft geen URL en geen simulator in deze run: stel Endpoints:{endpoint}:BaseUrl in om het {koppelvlak}-koppelvlak te controleren.",
        $"{endpoint} has no URL and no simulator in this run: configure Endpoints:{endpoint}:BaseUrl to check the {koppelvlak} connection.");

    public static Bilingual NoAnswer(string koppelvlak, string endpoint, string reason) => new(
        $"{koppelvlak} niet verbonden: {endpoint} gaf geen antwoord ({reason}).",
        $"{koppelvlak} not connected: {endpoint} gave no answer ({reason}).");

    public static Bilingual Refused(string koppelvlak, string endpoint, int code) => new(
        $"{koppelvlak} niet verbonden: {endpoint} weigert onze sleutel of ons certificaat ({code}); controleer de API-sleutel of het PKIoverheid-certificaat.",
        $"{koppelvlak} not connected: {endpoint} refuses our credentials ({code}); check its API key or PKIoverheid certificate.");

    public static Bilingual ServerError(string koppelvlak, string endpoint, int code) => new(
        $"{koppelvlak} niet verbonden: {endpoint} antwoordt met een serverfout ({code}).",
        $"{koppelvlak} not connected: {endpoint} answers with a server error ({code}).");

    public static Bilingual Answers(string koppelvlak, string endpoint, int code) => new(
        $"{koppelvlak} verbonden: {endpoint} antwoordt ({code}) op een aanroep met onze sleutel of ons certificaat.",
        $"{koppelvlak} connected: {endpoint} answers ({code}) to a call with our credentials.");

    public static Bilingual Reachable(string koppelvlak, string endpoint, int code) => new(
        $"{koppelvlak} bereikbaar: {endpoint} antwoordt ({code}); dat bewijst niets over onze sleutel of ons certificaat. Zet Endpoints:{endpoint}:PreflightPath op een aanroep die ze nodig heeft.",
        $"{koppelvlak} reachable: {endpoint} answers ({code}), which proves nothing about our credentials; set Endpoints:{endpoint}:PreflightPath to a call that needs them.");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
