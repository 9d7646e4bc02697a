
namespace ChainHarness.Engine.Configuration;

/// <summary>The conclusions a vergunningcheck can reach (Toepasbare regels uitvoeren v3).</summary>
public static class Conclusies
{
    public const string NeemContactOpMet = "NeemContactOpMet";

    public static IReadOnlyList<string> Known { get; } =
        ["NietVanToepassing", "Verbod", "Vergunningplicht", "Meldingsplicht", "Informatieplicht", "Toestemmingsvrij", NeemContactOpMet];
}
