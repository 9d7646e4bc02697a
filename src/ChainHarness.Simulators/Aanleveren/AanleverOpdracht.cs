namespace ChainHarness.Simulators.Aanleveren;

/// <summary>The opdracht in <c>opdrachtAanleverenToepasbareRegels.xml</c>: who delivers what, valid from when.</summary>
public sealed record AanleverOpdracht(
    string IdLevering,
    string IdBevoegdGezag,
    IReadOnlyList<AanleverBestand> Bestanden,
    IReadOnlyList<AanleverWerkzaamheid> Werkzaamheden);
