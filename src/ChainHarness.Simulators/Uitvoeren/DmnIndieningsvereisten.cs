using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// The indieningsvereisten of the rule sets delivered to the RTR, evaluated for real. An activity
/// without delivered indieningsvereisten requires nothing.
/// </summary>
public sealed class DmnIndieningsvereisten(IToepasbareRegelsBron bron, RegelEvaluatie evaluatie) : IIndieningsvereisten
{
    public Indieningsvereisten Bepaal(string functioneleStructuurRef, IReadOnlyList<Specificatie> antwoorden, RdPunt locatie, DateOnly datum)
    {
        if (bron.Vind(functioneleStructuurRef, RegelbeheerobjectType.Indieningsvereisten, datum) is not { } regel)
        {
            return Indieningsvereisten.Geen;
        }

        var uitkomst = evaluatie.Bepaal(regel, functioneleStructuurRef, antwoorden, locatie);
        return new Indieningsvereisten([.. uitkomst.Vragen.Select(v => new Vereiste(v.Id, v.Vraag))], uitkomst.Documenten);
    }
}
