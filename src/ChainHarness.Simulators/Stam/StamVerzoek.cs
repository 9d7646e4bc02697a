using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Stam;

/// <summary>
/// A verzoek as STAM carries it to one uitvoerende instantie: the fields of the domain brief, for the
/// part addressed to that party. The XML shape is our design (see <c>stam-verzoek.xsd</c>).
/// </summary>
public sealed record StamVerzoek(
    string Verzoeknummer,
    string Doel,
    string Type,
    DateOnly Indiendatum,
    string Projectnaam,
    string? Projectomschrijving,
    Partij BevoegdGezag,
    Partij UitvoerendeInstantie,
    Initiatiefnemer Initiatiefnemer,
    RdPunt Locatie,
    IReadOnlyList<Projectactiviteit> Activiteiten,
    IReadOnlyList<Bijlage> Bijlagen)
{
    /// <summary>The STAM of a submitted verzoek for the party one part of it is addressed to.</summary>
    public static StamVerzoek Voor(Verzoek verzoek, VerzoekDeel deel, string doel)
    {
        var g = verzoek.Gegevens;
        return new StamVerzoek(
            verzoek.Verzoeknummer ?? throw new InvalidOperationException("Only a submitted verzoek has a STAM form."),
            doel,
            g.Type,
            verzoek.Indiendatum!.Value,
            g.Projectnaam,
            g.Projectomschrijving,
            verzoek.BevoegdGezag,
            deel.UitvoerendeInstantie,
            g.Initiatiefnemer,
            g.Locatie,
            deel.Activiteiten,
            verzoek.Bijlagen);
    }
}
