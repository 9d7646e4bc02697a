using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>The words of a configuration error (exit 2) and of the production guard.</summary>
public static class ConfigurationTexts
{
    public static Bilingual Heading { get; } = new("Configuratiefout.", "Configuration error.");

    public static Bilingual HasErrors { get; } = new("De configuratie bevat fouten:", "The configuration has errors:");

    public static Bilingual UnknownProfile(string profile, string known) => new(
        $"ChainHarness:Profile: er is geen profiel '{profile}'. Bekende profielen: {known}.",
        $"ChainHarness:Profile: no profile named '{profile}'. Known profiles: {known}.");

    public static Bilingual None { get; } = new("(geen)", "(none)");

    public static Bilingual ProductionHost(string key, string host, string? preHost) => new(
        $"{key}: '{host}' is een productieserver. ChainHarness praat nooit met productie (publiceren is daar een rechtshandeling); "
            + (preHost is null ? "er is geen bekende pre-productieserver voor; gebruik een simulator." : $"gebruik de pre-productieserver {preHost} of een simulator."),
        $"{key}: '{host}' is a production host. ChainHarness never talks to production (publishing there is a legal act); "
            + (preHost is null ? "it has no known pre-productie host; use a simulator." : $"use the pre-productie host {preHost} or a simulator."));

    public static Bilingual NoScenario(string name, string known) => new(
        $"Er is geen scenario '{name}'; 'scenarios' toont ze ({known}).",
        $"There is no scenario '{name}'; 'scenarios' lists them ({known}).");

    public static Bilingual NotALanguage(string lang) => new(
        $"--lang: '{lang}' is geen taal van ChainHarness; gebruik nl of en.",
        $"--lang: '{lang}' is not a report language; use nl or en.");

    public static Bilingual NoSuchFile(string option, string file) => new(
        $"{option}: bestand '{file}' bestaat niet.", $"{option}: file '{file}' does not exist.");

    public static Bilingual NotKeyValue(string value) => new(
        $"--set: '{value}' is niet KEY=VALUE.", $"--set: '{value}' is not KEY=VALUE.");

    public static Bilingual DeadlineRange(int seconds) => new(
        $"--deadline: {seconds} ligt niet tussen 1 en 600 seconden.", $"--deadline: {seconds} is not between 1 and 600 seconds.");
}
