namespace ChainHarness.Engine.Reporting.Json;

/// <summary>The bevoegd gezag under test.</summary>
public sealed record JsonMunicipality(string Code, string Name);
