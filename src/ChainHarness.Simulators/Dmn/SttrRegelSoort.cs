namespace ChainHarness.Simulators.Dmn;

/// <summary>What an STTR uitvoeringsregel does to get its value (the element inside uitv:uitvoeringsregel).</summary>
public enum SttrRegelSoort
{
    /// <summary>uitv:vraag: a question to the initiatiefnemer.</summary>
    Vraag,

    /// <summary>uitv:geoVerwijzing: answered from the location (is the test point inside an OW locatie?).</summary>
    GeoVerwijzing,

    /// <summary>uitv:bijlage: a document the aanvraag must carry.</summary>
    Bijlage,

    /// <summary>uitv:vasteWaarde or vasteWaardeVoorbehoud: a fixed value; never asked.</summary>
    VasteWaarde,

    /// <summary>uitv:registerbevraging(APIProfiel): looked up in a register, with a question as fallback.</summary>
    Registerbevraging,

    /// <summary>uitv:implicietAntwoord: answered by the werkzaamheid the user chose.</summary>
    ImplicietAntwoord,

    /// <summary>Another kind (uitkomstHerbruikbareBeslissing, …) or no uitvoeringsregel at all.</summary>
    Overig,
}
