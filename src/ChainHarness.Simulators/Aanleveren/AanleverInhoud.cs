namespace ChainHarness.Simulators.Aanleveren;

/// <summary>A delivery ZIP as read: the opdracht and the .dmn files by name.</summary>
public sealed record AanleverInhoud(AanleverOpdracht Opdracht, IReadOnlyDictionary<string, string> Bestanden);
