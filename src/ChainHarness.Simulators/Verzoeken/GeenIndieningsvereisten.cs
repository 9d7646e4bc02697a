namespace ChainHarness.Simulators.Verzoeken;

/// <summary>Requires nothing: for a loket without toepasbare regels (and tests that need none).</summary>
public sealed class GeenIndieningsvereisten : IIndieningsvereisten
{
    public Indieningsvereisten Bepaal(string functioneleStructuurRef, IReadOnlyList<Specificatie> antwoorden, RdPunt locatie, DateOnly datum) =>
        Indieningsvereisten.Geen;
}
