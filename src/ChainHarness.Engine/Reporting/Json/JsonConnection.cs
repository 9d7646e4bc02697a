namespace ChainHarness.Engine.Reporting.Json;

/// <summary>One preflight check: a connection (STOP, STTR, STAM, SWF), the endpoint that stands for it, and what was seen.</summary>
public sealed record JsonConnection(string Koppelvlak, string Endpoint, string Status, string Detail, int? StatusCode, IReadOnlyList<JsonEvidence> Evidence);
