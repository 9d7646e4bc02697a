namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>A werkzaamheid (plain-language task) linked to toepasbare regels, and the words it is found by.</summary>
public sealed record GekoppeldeWerkzaamheid(string Naam, string FunctioneleStructuurRef, IReadOnlyList<string> Zoektermen);
