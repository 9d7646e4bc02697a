namespace ChainHarness.Simulators.Samenwerken;

/// <summary>An SWF notification as a receiving system took it from its inbox.</summary>
public sealed record SwfNotice(string Id, string Type, string SamenwerkingId, string Verzoeknummer, string? ObjectId);
