namespace ChainHarness.Engine.Ports;

/// <summary>What the case handler is asked to do for step 11.</summary>
/// <param name="Verzoeknummer">The verzoek the samenwerking is about (captured by step 8b).</param>
/// <param name="SamenwerkVorm">The form of collaboration, e.g. <c>Advies</c>.</param>
/// <param name="PartnerPrivilege">The privilege to grant: BT or VT.</param>
/// <param name="Documents">The documents to share, each with its vertrouwelijkheid.</param>
/// <param name="Actieverzoek">What the partner is asked to do.</param>
public sealed record CollaborationPlan(
    string Verzoeknummer,
    string SamenwerkVorm,
    string PartnerName,
    string PartnerOin,
    string PartnerPrivilege,
    IReadOnlyList<SharedDocument> Documents,
    string Actieverzoek);
