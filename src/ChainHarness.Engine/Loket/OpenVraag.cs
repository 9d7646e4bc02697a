namespace ChainHarness.Engine.Loket;

/// <summary>A question the toepasbare regels still ask: its id and text.</summary>
public sealed record OpenVraag(string Id, string Tekst);
