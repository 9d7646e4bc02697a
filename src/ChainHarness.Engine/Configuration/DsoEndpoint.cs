
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

    /// <summary>officielebekendmakingen.nl search (our design).</summary>
    public const string Bekendmakingen = "Bekendmakingen";

    /// <summary>RTR gegevens v2.</summary>
    public const string Rtr = "Rtr";

    /// <summary>Regels verifiëren v2.</summary>
    public const string Verifieren = "Verifieren";

    /// <summary>Toepasbare regels aanleveren v1 (SOAP).</summary>
    public const string Aanleveren = "Aanleveren";

    /// <summary>Toepasbare regels uitvoeren v3 and Zoekinterface v2.</summary>
    public const string Uitvoeren = "Uitvoeren";

    /// <summary>Verzoek indienen v5.</summary>
    public const string Indienen = "Indienen";

    /// <summary>Verzoek afhandelen (STAM).</summary>
    public const string Afhandelen = "Afhandelen";

    /// <summary>Samenwerkfunctionaliteit v4.</summary>
    public const string Samenwerken = "Samenwerken";

    public static IReadOnlyList<string> All { get; } =
        [Lvbb, Ozon, Bekendmakingen, Rtr, Verifieren, Aanleveren, Uitvoeren, Indienen, Afhandelen, Samenwerken];
}
