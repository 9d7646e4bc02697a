namespace ChainHarness.Engine.Reporting.Json;

/// <summary>One municipal port or national endpoint and where it came from: Simulated, Recorded or Real.</summary>
public sealed record JsonPart(string Name, bool Municipal, string Source);
