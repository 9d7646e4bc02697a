using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 10–11.</summary>
public sealed class PartnerCaptures
{
    /// <summary>The zaak the behandeldienst's system opened for its part of the verzoek (step 10).</summary>
    public string? BehandeldienstZaakId { get; set; }

    /// <summary>The samenwerkingId, e.g. <c>SAM-66497</c>.</summary>
    public string? SamenwerkingId { get; set; }

    /// <summary>The actieverzoek the case handler sent the partner in that samenwerking, e.g. <c>AV-1</c>.</summary>
    public string? ActieverzoekId { get; set; }
}
