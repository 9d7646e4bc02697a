namespace ChainHarness.Simulators.World;

/// <summary>A regeling as Ozon holds it: its current version, titles and the bevoegd gezag that delivered it.</summary>
public sealed record OzonRegeling(
    string WorkId,
    string ExpressionId,
    string OfficieleTitel,
    string Type,
    string BevoegdGezagCode,
    string BevoegdGezagNaam,
    int Versie);
