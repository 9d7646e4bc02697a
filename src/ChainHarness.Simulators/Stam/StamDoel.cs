namespace ChainHarness.Simulators.Stam;

/// <summary>The doel (purpose) of a STAM verzoek, as the domain brief names them.</summary>
public static class StamDoel
{
    public const string Initieren = "Initiëren";

    public const string Conceptverzoek = "Conceptverzoek";

    public const string Aanvullen = "Aanvullen";

    public const string Intrekken = "Intrekken";
}
