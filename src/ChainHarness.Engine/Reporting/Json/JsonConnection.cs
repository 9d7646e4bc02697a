namespace ChainHarness.Engine.Reporting.Json;

/// <summary>One connection (koppelvlak) checked before step 1.</summary>
public sealed record JsonConnection(string Koppelvlak, string Endpoint, string Status, string Detail, int? StatusCode);
