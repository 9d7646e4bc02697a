using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Tests.Verzoeken;

/// <summary>Indieningsvereisten for tests: the question vraag-voorkant and a Bouwtekening, for every activity.</summary>
internal sealed class VasteVereisten : IIndieningsvereisten
{
    public Indieningsvereisten Bepaal(string functioneleStructuurRef, IReadOnlyList<Specificatie> antwoorden, RdPunt locatie, DateOnly datum) => new(
        antwoorden.Any(a => a.VraagId == "vraag-voorkant") ? [] : [new Vereiste("vraag-voorkant", "Komt de dakkapel aan de voorkant?")],
        [new Vereiste("bijlage-tekening", "Bouwtekening")]);
}
