namespace ChainHarness.Engine.Stop;

/// <summary>
/// One mutation in a besluit's <c>RegelingMutatie</c> (STOP renvooi): add, replace or withdraw a part of
/// the regeling's text, with the articles it holds (for <see cref="MutatieActie.Verwijder"/>: as they were).
/// </summary>
/// <param name="RegelingWorkId">The regeling the mutation applies to (the work of its <c>wordt</c>).</param>
/// <param name="Wat">The wId of the element replaced or withdrawn; for VoegToe its <c>context</c>.</param>
public sealed record TekstMutatie(MutatieActie Actie, string? RegelingWorkId, string? Wat, IReadOnlyList<ArtikelTekst> Artikelen)
{
    /// <summary>A reader's label of the part it replaces or withdraws: its article's (<c>artikel 5.3 (Erfafscheiding bouwen)</c>), else its wId.</summary>
    public string Label => Artikelen.FirstOrDefault(a => a.WId == Wat)?.Label ?? Wat ?? "?";

    /// <summary>Whether <paramref name="wId"/> lies within the element this mutation replaces or withdraws.</summary>
    public bool Covers(string? wId) =>
        Actie != MutatieActie.VoegToe && Wat is not null && wId is not null
        && (wId == Wat || wId.StartsWith(Wat + "__", StringComparison.Ordinal));
}
