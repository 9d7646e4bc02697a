using System.Collections.Concurrent;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.World;

/// <summary>
/// What the simulated Omgevingsloket and Verzoek afhandelen hold: every verzoek (concept and
/// submitted), the verzoeknummer sequence, where each party wants its verzoeknotificaties, which
/// activity is routed to which uitvoerende instantie, and every delivery attempt.
/// </summary>
public sealed class VerzoekenState
{
    private readonly ConcurrentDictionary<string, Verzoek> _verzoeken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Uri> _notificatieEndpoints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Partij> _routering = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Bezorging> _bezorgingen = new();
    private Func<string, Partij?>? _router;
    private readonly Lock _gate = new();
    private DateOnly _sequenceDay;
    private int _sequence;

    public IReadOnlyCollection<Verzoek> All => [.. _verzoeken.Values];

    /// <summary>Every attempt to push a verzoeknotificatie, in order.</summary>
    public IReadOnlyList<Bezorging> Bezorgingen => [.. _bezorgingen];

    public void Add(Verzoek verzoek) => _verzoeken[verzoek.Id] = verzoek;

    public Verzoek? Find(string id) => _verzoeken.GetValueOrDefault(id);

    public Verzoek? FindByVerzoeknummer(string verzoeknummer) =>
        _verzoeken.Values.FirstOrDefault(v => v.Verzoeknummer == verzoeknummer);

    /// <summary>Removes a concept; false when it is unknown or already submitted.</summary>
    public bool Discard(string id) =>
        _verzoeken.TryGetValue(id, out var verzoek) && verzoek.Status == VerzoekStatus.Concept
        && _verzoeken.TryRemove(id, out _);

    /// <summary>The next verzoeknummer: the day (yyyyMMdd) and a five-digit sequence that restarts each day.</summary>
    public string NextVerzoeknummer(DateOnly day)
    {
        lock (_gate)
        {
            if (day != _sequenceDay)
            {
                (_sequenceDay, _sequence) = (day, 0);
            }

            _sequence++;
            return $"{day:yyyyMMdd}{_sequence:00000}";
        }
    }

    /// <summary>Where a party (by OIN) receives its verzoeknotificaties (its VTH or case system).</summary>
    public void Subscribe(string oin, Uri endpoint) => _notificatieEndpoints[oin] = endpoint;

    public Uri? NotificatieEndpoint(string oin) => _notificatieEndpoints.GetValueOrDefault(oin);

    /// <summary>Where each party receives its verzoeknotificaties, by OIN.</summary>
    public IReadOnlyDictionary<string, Uri> NotificatieEndpoints => _notificatieEndpoints.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Routes an activity (OW id) to a behandeldienst; unrouted activities go to the bevoegd gezag.</summary>
    public void Route(string activiteitImowId, Partij uitvoerendeInstantie) => _routering[activiteitImowId] = uitvoerendeInstantie;

    public Partij? RoutedTo(string activiteitImowId) => _routering.GetValueOrDefault(activiteitImowId) ?? _router?.Invoke(activiteitImowId);

    /// <summary>A routing rule asked, on submission, for activities without a route of their own (the behandeldienst routing of step 10).</summary>
    public void RouteBy(Func<string, Partij?> router) => _router = router;

    public void Record(Bezorging bezorging) => _bezorgingen.Enqueue(bezorging);
}
