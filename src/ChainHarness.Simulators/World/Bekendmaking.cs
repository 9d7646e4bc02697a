namespace ChainHarness.Simulators.World;

/// <summary>A publication in the official gazette, as officielebekendmakingen.nl lists it.</summary>
/// <param name="Identificatie">e.g. <c>gmb-2026-1</c> (Gemeenteblad 2026, number 1).</param>
/// <param name="Besluit">AKN work of the besluit.</param>
public sealed record Bekendmaking(
    string Identificatie,
    string Titel,
    string Besluit,
    string? BesluitExpressie,
    string Publicatieblad,
    string Organisatie,
    string DatumBekendmaking);
