namespace ChainHarness.Engine.Ports;

/// <summary>A document kept in a zaak, with what is needed to tell it is the one submitted.</summary>
public sealed record ZaakBijlage(string Bestandsnaam, bool Vertrouwelijk, long Omvang, string? Sha256);
