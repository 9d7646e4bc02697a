namespace ChainHarness.Engine.Loket;

/// <summary>An answer to a question of the toepasbare regels: the question id and the answer as text.</summary>
public sealed record Antwoord(string VraagId, string Waarde);
