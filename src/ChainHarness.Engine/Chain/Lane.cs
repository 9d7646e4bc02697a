namespace ChainHarness.Engine.Chain;

/// <summary>The four lanes of the chain picture, in the order they are drawn.</summary>
public enum Lane
{
    /// <summary>Steps 1–4b: plan software, LVBB, Ozon.</summary>
    Omgevingsplan,

    /// <summary>Steps 5–7: rules-management software, Regels verifiëren, RTR.</summary>
    ToepasbareRegels,

    /// <summary>Steps 8a–9b: Omgevingsloket, STAM delivery, VTH system.</summary>
    CheckEnAanvraag,

    /// <summary>Steps 10–11: routing to a behandeldienst, Samenwerkfunctionaliteit.</summary>
    Samenwerken,
}
