using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Steps 2 and 3 reading the verzoekresultaat the plan software received (<c>Lvbb/ReceivedVerslagen</c>): where, what was read, why it could not be.</summary>
public static class ReceivedTexts
{
    public static Bilingual Folder(string name) => new(
        $"map '{name}' (Drivers:PlanSoftware:Observe:VerslagFolder)", $"folder '{name}' (Drivers:PlanSoftware:Observe:VerslagFolder)");

    public static Bilingual Waiting(string idLevering, Bilingual source) => new(
        $"het verzoekresultaat op {idLevering} in {source.Dutch}", $"the verzoekresultaat on {idLevering} in {source.English}");

    public static Bilingual Note(string idLevering, Bilingual source) => new(
        $"Het verzoekresultaat op {idLevering} zoals de plansoftware het ontving ({source.Dutch})",
        $"The verzoekresultaat on {idLevering} as the plan software received it ({source.English})");

    public static Bilingual NotChecked { get; } = new(
        " (niet getoetst aan de officiële XSD: zet Schemas:Lvbb13)", " (not checked against the official XSD: set Schemas:Lvbb13)");

    public static Bilingual Checked { get; } = new(" (geldig volgens de officiële lvbb-transport.xsd)", " (valid against the official lvbb-transport.xsd)");

    public static Bilingual NothingReceived { get; } = new("niets ontvangen", "nothing received");

    public static Bilingual NotWellFormed(string? detail) => new($"geen welgevormde XML ({detail})", $"not well-formed XML ({detail})");

    public static Bilingual NotAVerzoekResultaat(string? root) => new(
        $"de root {root} is geen …VerzoekResultaat van de LVBB", $"the root {root} is not an LVBB …VerzoekResultaat");

    public static Bilingual Invalid(string errors) => new(
        $"niet geldig volgens de officiële lvbb-transport.xsd: {errors}", $"not valid against the official lvbb-transport.xsd: {errors}");

    /// <summary>A verzoekresultaat that is not final yet; its English begins with <see cref="OnlyVoortgangEnglish"/>.</summary>
    public static Bilingual OnlyVoortgang(string voortgang) => new($"tot nu toe alleen een voortgang ({voortgang})", $"{OnlyVoortgangEnglish} ({voortgang}) so far");

    public const string OnlyVoortgangEnglish = "only a voortgang";

    public static Bilingual NoVerslag { get; } = new("er staat geen verslag in", "it has no verslag");
}
