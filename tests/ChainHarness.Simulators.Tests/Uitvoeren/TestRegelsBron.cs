using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Uitvoeren;

namespace ChainHarness.Simulators.Tests.Uitvoeren;

/// <summary>
/// The schuur rules of <see cref="LoketDmn"/>, in force from <paramref name="begindatum"/> (default
/// 1 June 2026), linked to the werkzaamheid "Schuur bouwen" unless told otherwise.
/// </summary>
internal sealed class TestRegelsBron(bool gekoppeld = true, DateOnly? begindatum = null) : IToepasbareRegelsBron
{
    private readonly DateOnly _begindatum = begindatum ?? new DateOnly(2026, 6, 1);

    public IReadOnlyList<GekoppeldeWerkzaamheid> Werkzaamheden(DateOnly datum) =>
        gekoppeld && datum >= _begindatum ? [new GekoppeldeWerkzaamheid("Schuur bouwen", "http://toepasbare-regels.omgevingswet.overheid.nl/id/werkzaamheid/SchuurBouwen", LoketDmn.Ref, ["tuinhuis"])] : [];

    public ToepasbareRegel? Vind(string functioneleStructuurRef, RegelbeheerobjectType soort, DateOnly datum) =>
        functioneleStructuurRef != LoketDmn.Ref || datum < _begindatum ? null
        : new ToepasbareRegel(soort == RegelbeheerobjectType.Conclusie ? LoketDmn.Conclusie() : LoketDmn.Indieningsvereisten(), LoketDmn.ActiviteitId);
}
