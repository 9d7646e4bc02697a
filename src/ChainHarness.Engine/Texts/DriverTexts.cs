using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Why a municipal driver (http or observe) could not do what a step asked.</summary>
public static class DriverTexts
{
    public static Bilingual UnexpectedStatus(string software, string call, string status, string expected, string excerpt) => new(
        $"{software}: {call} antwoordde {status}, verwacht {expected}{excerpt}", $"{software}: {call} answered {status}, expected {expected}{excerpt}");

    public static Bilingual Nothing { get; } = new("niets", "nothing");

    public static Bilingual Absent { get; } = new("(afwezig)", "(absent)");

    public static Bilingual ExpectationFailed(string software, string call, string spec, string seen, string expected) => new(
        $"{software}: {call}: {spec} is '{seen}', verwacht '{expected}'.", $"{software}: {call}: {spec} is '{seen}', expected '{expected}'.");

    public static Bilingual Missing(string software, string what, string hint) => new(
        $"{software}: {what} ontbreekt; {hint}", $"{software}: {what} is missing; {hint}");

    public static Bilingual UnknownPlaceholder(string software, string name, string known) => new(
        $"{software}: de mapping gebruikt ${{{name}}}, dat hier geen waarde heeft. Bekend: {known}.",
        $"{software}: the mapping uses ${{{name}}}, which has no value here. Known: {known}.");
}
