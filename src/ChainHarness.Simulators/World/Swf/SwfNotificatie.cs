namespace ChainHarness.Simulators.World.Swf;

/// <summary>A notification waiting for one party until it pulls and deletes it.</summary>
/// <param name="Type">One of the notification types in <see cref="SwfCodes"/>.</param>
/// <param name="ObjectId">The document or actieverzoek it is about, when it is about one.</param>
public sealed record SwfNotificatie(
    string Id, string OntvangerOin, string Type, string SamenwerkingId, string Verzoeknummer, string? ObjectId, DateTimeOffset Tijdstip);
