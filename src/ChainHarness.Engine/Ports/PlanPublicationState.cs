namespace ChainHarness.Engine.Ports;

/// <summary>The status a plan software shows for a publication.</summary>
public enum PlanPublicationState
{
    /// <summary>Sent, no final answer yet ("in behandeling").</summary>
    InBehandeling,

    /// <summary>Published.</summary>
    Gepubliceerd,

    /// <summary>Rejected by the LVBB (afgekeurd).</summary>
    Afgekeurd,

    /// <summary>The plan software reports an error of its own.</summary>
    Mislukt,

    /// <summary>The plan software does not know this idLevering.</summary>
    Onbekend,
}
