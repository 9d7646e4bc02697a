namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>One CQL search clause: <c>index relation "term"</c> (e.g. <c>dt.identifier=="gmb-2026-1"</c>).</summary>
public sealed record CqlClause(string Index, string Relation, string Term);
