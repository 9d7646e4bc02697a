namespace ChainHarness.Engine.Stop;

/// <summary>The root element names of <c>opdracht.xml</c> for the LVBB services.</summary>
public static class LvbbOpdrachtSoort
{
    public const string Validatie = "validatieOpdracht";

    public const string Publicatie = "publicatieOpdracht";

    /// <summary>Services the LVBB knows; the simulator handles only validatie and publicatie.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [Validatie, Publicatie, "breekPublicatieAfOpdracht", "directeMutatieOpdracht", "revisieOpdracht"];
}
