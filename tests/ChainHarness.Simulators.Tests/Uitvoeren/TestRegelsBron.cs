using ChainHarness.Simulators.Uitvoeren;

namespace ChainHarness.Simulators.Tests.Uitvoeren;

/// <summary>The schuur rules of <see cref="LoketDmn"/>, in force from 1 June 2026, linked to the werkzaamheid "Schuur bouwen" unless told otherwise.</summary>
internal sealed class TestRegelsBron(bool gekoppeld = true) : IToepasbareRegelsBron
{
    public static readonly DateOnly Begindatum = new(2026, 6, 1);

    public IReadOnlyList<GekoppeldeWerkzaamheid> Werkzaamheden(DateOnly datum) =>
        gekoppeld && datum >= Begindatum ? [new GekoppeldeWerkzaamheid("Schuur bouwen", "http://toepasbare-regels.omgevingswet.overheid.nl/id/werkzaamheid/SchuurBouwen", LoketDmn.Ref, ["tuinhuis"])] : [];

    public ToepasbareRegel? Vind(string functioneleStructuurRef, RegelSoort soort, DateOnly datum) =>
        functioneleStructuurRef != LoketDmn.Ref || datum < Begindatum ? null
        : new ToepasbareRegel(soort == RegelSoort.Conclusie ? LoketDmn.Conclusie() : LoketDmn.Indieningsvereisten(), LoketDmn.ActiviteitId);
}
