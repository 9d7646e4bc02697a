namespace ChainHarness.Simulators.Verzoeken;

/// <summary>An organisation in the chain by its 20-digit OIN: a bevoegd gezag or an uitvoerende instantie.</summary>
public sealed record Partij(string Oin, string Naam);
