namespace ChainHarness.Simulators.Verzoeken;

/// <summary>One indieningsvereiste: a question (id and text) or a document (id and its bijlageType).</summary>
public sealed record Vereiste(string Id, string Omschrijving);
