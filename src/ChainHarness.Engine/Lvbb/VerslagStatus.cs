namespace ChainHarness.Engine.Lvbb;

/// <summary>The outcome a verslag states.</summary>
public static class VerslagStatus
{
    /// <summary>validatieOpdracht: no blocking meldingen.</summary>
    public const string Gevalideerd = "gevalideerd";

    /// <summary>publicatieOpdracht: published and consolidated.</summary>
    public const string Gepubliceerd = "gepubliceerd";

    /// <summary>Blocking meldingen: nothing was published.</summary>
    public const string Afgekeurd = "afgekeurd";
}
