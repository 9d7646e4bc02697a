namespace ChainHarness.Engine.Loket;

/// <summary>A document an indieningsvereiste asks for: its id and its bijlageType.</summary>
public sealed record GevraagdDocument(string Id, string BijlageType);
