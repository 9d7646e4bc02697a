namespace ChainHarness.Engine.Running;

/// <summary>Captured by steps 10–11.</summary>
public sealed class PartnerCaptures
{
    /// <summary>The samenwerkingId, e.g. <c>SAM-66497</c>.</summary>
    public string? SamenwerkingId { get; set; }

    /// <summary>The actieverzoek the case handler sent the partner in that samenwerking, e.g. <c>AV-1</c>.</summary>
    public string? ActieverzoekId { get; set; }
}
