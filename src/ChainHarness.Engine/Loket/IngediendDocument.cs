namespace ChainHarness.Engine.Loket;

/// <summary>A document the harness attached to the aanvraag, with its size and SHA-256 to compare against later.</summary>
public sealed record IngediendDocument(string Bestandsnaam, string DocumentType, bool Vertrouwelijk, long Omvang, string Sha256);
