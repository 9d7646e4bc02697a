namespace ChainHarness.Simulators.World;

/// <summary>
/// One behandeldienstconfiguratie in the DSO (OFFICIAL semantics): bevoegd gezag <paramref name="BevoegdGezagOin"/>
/// lets behandeldienst <paramref name="BehandeldienstOin"/> handle <paramref name="Activiteit"/> (an OW id; <see cref="AlleActiviteiten"/>
/// links the top of the functional structure, so every activity below it), with an ID of its own.
/// </summary>
public sealed record BehandeldienstConfiguratie(string Id, string BevoegdGezagOin, string Activiteit, string BehandeldienstOin, string BehandeldienstNaam)
{
    /// <summary>A link at the top of the functional structure (a profile without an activity list). Our notation.</summary>
    public const string AlleActiviteiten = "*";

    public bool Covers(string activiteit) => Activiteit == AlleActiviteiten || string.Equals(Activiteit, activiteit, StringComparison.Ordinal);
}
