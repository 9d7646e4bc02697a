
namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The names of the national endpoints a run talks to; each is one key under
/// <c>Profiles:&lt;name&gt;:Endpoints</c> and one simulator.
/// </summary>
public static class DsoEndpoint
{
    /// <summary>LVBB bronhouderkoppelvlak (our REST facade over ebMS; design).</summary>
    public const string Lvbb = "Lvbb";

    /// <summary>Ozon: Omgevingsdocumenten Presenteren v8.</summary>
    public const string Ozon = "Ozon";

    /// <summary>officielebekendmakingen: the SRU 2.0 zoekdienst of repository.overheid.nl.</summary>
    public const string Bekendmakingen = "Bekendmakingen";

    /// <summary>RTR gegevens v2.</summary>
    public const string Rtr = "Rtr";

    /// <summary>Regels verifiëren v2.</summary>
    public const string Verifieren = "Verifieren";

    /// <summary>Toepasbare regels aanleveren v1 (SOAP).</summary>
    public const string Aanleveren = "Aanleveren";

    /// <summary>Toepasbare regels uitvoeren services v3 (the <c>_bepaal</c> calls of the vergunningcheck).</summary>
    public const string Uitvoeren = "Uitvoeren";

    /// <summary>Toepasbare regels zoekinterface v2 (werkzaamheden by everyday words).</summary>
    public const string Zoekinterface = "Zoekinterface";

    /// <summary>Toepasbare regels uitvoerengegevens v1 (the toepasbare regels in force and their STTR files).</summary>
    public const string UitvoerenGegevens = "UitvoerenGegevens";

    /// <summary>Behandeldienstconfiguraties v1 (which behandeldienst handles an activity for a bevoegd gezag).</summary>
    public const string Behandeldienstconfiguraties = "Behandeldienstconfiguraties";

    /// <summary>Verzoek indienen v5.</summary>
    public const string Indienen = "Indienen";

    /// <summary>Verzoek afhandelen (STAM).</summary>
    public const string Afhandelen = "Afhandelen";

    /// <summary>Samenwerkfunctionaliteit v4.</summary>
    public const string Samenwerken = "Samenwerken";

    public static IReadOnlyList<string> All { get; } =
        [Lvbb, Ozon, Bekendmakingen, Rtr, Verifieren, Aanleveren, Uitvoeren, Indienen, Afhandelen, Samenwerken, Zoekinterface, UitvoerenGegevens, Behandeldienstconfiguraties];
}
