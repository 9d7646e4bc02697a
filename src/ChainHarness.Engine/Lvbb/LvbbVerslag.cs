namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// The LVBB's verslag on a processed opdracht. <see cref="Status"/> is one of
/// <see cref="VerslagStatus"/>; <see cref="Publicatie"/> is set when it published. <see cref="Uitkomst"/> is the
/// verslag's uitkomst as the LVBB transport XSD names it for this kind of opdracht (e.g. <c>gepubliceerd</c>, <c>ok</c>,
/// <c>niet-valide</c>, <c>behandeling-mislukt</c>; OFFICIAL values). The JSON shape is of our design.
/// </summary>
public sealed record LvbbVerslag(
    string IdLevering,
    string SoortOpdracht,
    string Status,
    DateTimeOffset OntvangenOp,
    DateTimeOffset VerwerktOp,
    IReadOnlyList<LvbbMelding> Meldingen,
    LvbbPublicatie? Publicatie = null,
    string? Uitkomst = null)
{
    public IReadOnlyList<LvbbMelding> Fouten => [.. Meldingen.Where(m => m.IsFout)];
}
