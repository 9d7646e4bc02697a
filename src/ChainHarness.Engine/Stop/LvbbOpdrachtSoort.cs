namespace ChainHarness.Engine.Stop;

/// <summary>The root element names of <c>opdracht.xml</c> for the LVBB services (OFFICIAL, lvbb-transport.xsd).</summary>
public static class LvbbOpdrachtSoort
{
    public const string Validatie = "validatieOpdracht";

    public const string Publicatie = "publicatieOpdracht";

    /// <summary>Breaks off a publication whose datumBekendmaking has not come yet.</summary>
    public const string BreekPublicatieAf = "breekPublicatieAfOpdracht";

    public const string ValidatieDirecteMutatie = "validatieDirecteMutatieOpdracht";

    /// <summary>Changes the consolidated regeling (or its OW data) without a besluit, so without a bekendmaking.</summary>
    public const string DirecteMutatie = "directeMutatieOpdracht";

    /// <summary>The services the simulated LVBB carries out.</summary>
    public static IReadOnlyList<string> Carried { get; } = [Validatie, Publicatie, BreekPublicatieAf, ValidatieDirecteMutatie, DirecteMutatie];

    /// <summary>Services the LVBB knows (1.2.0 and 1.3.0-ic).</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        .. Carried, "validatieRevisieOpdracht", "revisieOpdracht", "validatieProcedureverloopmutatieOpdracht", "procedureverloopmutatieOpdracht",
        "validatieRegistratieOpdracht", "registratieOpdracht", "valideerDoorleverenRegelingVersie", "doorleverenRegelingVersie",
    ];

    /// <summary>A directe mutatie or its validation.</summary>
    public static bool IsDirecteMutatie(string soort) => soort is ValidatieDirecteMutatie or DirecteMutatie;
}
