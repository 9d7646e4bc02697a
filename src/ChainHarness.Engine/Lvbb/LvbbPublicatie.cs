namespace ChainHarness.Engine.Lvbb;

/// <summary>What a publicatieOpdracht published: the besluit, the new regeling version, the bekendmaking.</summary>
/// <param name="Bekendmaking">The publication's id in the official gazette, e.g. <c>gmb-2026-1</c>.</param>
public sealed record LvbbPublicatie(string Besluit, string? Regeling, string? RegelingExpressie, string Bekendmaking, string DatumBekendmaking);
