namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>An activity as the loket names it: its OW id and its name.</summary>
public sealed record LoketActiviteit(string Identificatie, string Naam);
