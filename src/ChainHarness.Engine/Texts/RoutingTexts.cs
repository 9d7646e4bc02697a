using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Where step 10 read the routing to the behandeldienst from: the DSO's Behandeldienstconfiguraties, or the profile as a fallback.</summary>
public static class RoutingTexts
{
    public static Bilingual FromApi(string activities) => new(
        $"Routering gelezen uit Behandeldienstconfiguraties: {activities}.",
        $"Routing read from Behandeldienstconfiguraties: {activities}.");

    public static Bilingual FromProfile { get; } = new(
        "Routering uit het profiel: Behandeldienstconfiguraties kon niet worden gelezen (zie het bewijs).",
        "Routing from the profile: Behandeldienstconfiguraties could not be read (see the evidence).");

    public static Bilingual NotReadNote { get; } = new(
        "Behandeldienstconfiguraties niet gelezen; routering uit het profiel", "Behandeldienstconfiguraties not read; routing from the profile");

    public static Bilingual NoEndpoint(string endpoint) => new($"er is geen endpoint {endpoint} ingesteld", $"no endpoint {endpoint} is configured");

    public static Bilingual NotJson { get; } = new(
        "Behandeldienstconfiguraties antwoordde met iets dat geen JSON is", "Behandeldienstconfiguraties answered with something that is not JSON");

    public static Bilingual NotInApi(string od, string oin) => new(
        $"Behandeldienstconfiguraties in pre-productie koppelt die activiteit aan geen behandeldienst {od} (OIN {oin}).",
        $"Behandeldienstconfiguraties in pre-productie links that activity to no behandeldienst {od} (OIN {oin}).");
}
