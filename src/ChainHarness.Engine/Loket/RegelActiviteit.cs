namespace ChainHarness.Engine.Loket;

/// <summary>An activity the toepasbare regels belong to: its OW id and name.</summary>
public sealed record RegelActiviteit(string Identificatie, string Naam);
