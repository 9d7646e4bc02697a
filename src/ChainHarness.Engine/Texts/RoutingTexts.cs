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

}
