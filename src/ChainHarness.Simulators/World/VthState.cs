using System.Collections.Concurrent;
using ChainHarness.Simulators.Vth;

namespace ChainHarness.Simulators.World;

/// <summary>
/// What one simulated case system holds: its zaken, the letters it sent to applicants, and the
/// notifications it refused. The municipality's VTH system has one; a behandeldienst's system
/// (step 10) can have another.
/// </summary>
public sealed class VthState
{
    private readonly ConcurrentDictionary<string, Zaak> _zaken = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<VthBericht> _berichten = new();
    private readonly ConcurrentQueue<VthWeigering> _weigeringen = new();
    private int _sequence;

    public IReadOnlyCollection<Zaak> Zaken => [.. _zaken.Values.OrderBy(z => z.Identificatie, StringComparer.Ordinal)];

    public IReadOnlyList<VthBericht> Berichten => [.. _berichten];

    public IReadOnlyList<VthWeigering> Weigeringen => [.. _weigeringen];

    public string NextZaakIdentificatie(DateOnly day) => $"ZAAK-{day.Year}-{Interlocked.Increment(ref _sequence):0000000}";

    public void Save(Zaak zaak) => _zaken[zaak.Uuid] = zaak;

    public Zaak? Find(string uuid) => _zaken.GetValueOrDefault(uuid);

    public Zaak? FindByVerzoeknummer(string verzoeknummer) => _zaken.Values.FirstOrDefault(z => z.Verzoeknummer == verzoeknummer);

    public void Send(VthBericht bericht) => _berichten.Enqueue(bericht);

    public void Refuse(VthWeigering weigering) => _weigeringen.Enqueue(weigering);
}
