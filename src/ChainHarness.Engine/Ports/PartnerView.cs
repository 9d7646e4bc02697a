namespace ChainHarness.Engine.Ports;

/// <summary>What a partner saw of a samenwerking, and which actieverzoeken it completed.</summary>
public sealed record PartnerView(
    string SamenwerkingId,
    string Verzoeknummer,
    IReadOnlyList<string> DocumentsSeen,
    IReadOnlyList<string> ActieverzoekenCompleted);
