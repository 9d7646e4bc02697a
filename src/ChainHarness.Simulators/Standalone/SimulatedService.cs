namespace ChainHarness.Simulators.Standalone;

/// <summary>One row of the <c>simulate</c> table: a simulator, the base URL clients use, and its WireMock admin API.</summary>
public sealed record SimulatedService(string Name, Uri BaseUrl, Uri AdminUrl, int StaticMappings);
