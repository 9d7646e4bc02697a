namespace ChainHarness.Engine.Lvbb;

/// <summary>The outcome a verslag states.</summary>
public static class VerslagStatus
{
    /// <summary>validatieOpdracht: no blocking meldingen.</summary>
    public const string Gevalideerd = "gevalideerd";

    /// <summary>publicatieOpdracht: published and consolidated.</summary>
    public const string Gepubliceerd = "gepubliceerd";

    /// <summary>directeMutatieOpdracht: the consolidated regeling changed, without a bekendmaking.</summary>
    public const string Gemuteerd = "gemuteerd";

    /// <summary>breekPublicatieAfOpdracht: the publication was broken off and withdrawn.</summary>
    public const string Afgebroken = "afgebroken";

    /// <summary>Blocking meldingen: nothing was published.</summary>
    public const string Afgekeurd = "afgekeurd";
}
