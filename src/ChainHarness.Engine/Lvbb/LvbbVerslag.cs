namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// The LVBB's verslag on a processed opdracht. <see cref="Status"/> is one of
/// <see cref="VerslagStatus"/>; <see cref="Publicatie"/> is set when it published. Shape of our
/// design (no public example of the LVBB verslag exists).
/// </summary>
public sealed record LvbbVerslag(
    string IdLevering,
    string SoortOpdracht,
    string Status,
    DateTimeOffset OntvangenOp,
    DateTimeOffset VerwerktOp,
    IReadOnlyList<LvbbMelding> Meldingen,
    LvbbPublicatie? Publicatie = null)
{
    public IReadOnlyList<LvbbMelding> Fouten => [.. Meldingen.Where(m => m.IsFout)];
}
