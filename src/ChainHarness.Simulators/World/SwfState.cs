using System.Collections.Concurrent;
using ChainHarness.Simulators.World.Swf;

namespace ChainHarness.Simulators.World;

/// <summary>
/// What the simulated Samenwerkfunctionaliteit holds: the samenwerkingen, and per party (OIN)
/// the notifications it has not yet pulled and deleted.
/// </summary>
public sealed class SwfState(TimeProvider time, WorldEvents? events = null)
{
    private readonly ConcurrentDictionary<string, SwfSamenwerking> _samenwerkingen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, SwfNotificatie>> _notificaties = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Uri> _pushTo = new(StringComparer.Ordinal);
    private int _lastNumber = 66496;
    private long _lastNotificatie;

    public IReadOnlyCollection<SwfSamenwerking> Samenwerkingen => [.. _samenwerkingen.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>Starts a samenwerking; its starter becomes its owner (EIGENAAR, privilege VT).</summary>
    public SwfSamenwerking Start(string eigenaarOin, string eigenaarNaam, string verzoeknummer, string samenwerkVorm)
    {
        var id = $"SAM-{Interlocked.Increment(ref _lastNumber)}";
        var eigenaar = new SwfDeelnemer(eigenaarOin, eigenaarNaam, SwfCodes.Eigenaar, SwfCodes.Vertrouwelijk);
        var samenwerking = new SwfSamenwerking(id, verzoeknummer, samenwerkVorm, eigenaar, time, (oin, type, objectId) => Notify(oin, type, id, verzoeknummer, objectId));
        _samenwerkingen[id] = samenwerking;
        return samenwerking;
    }

    public SwfSamenwerking? Find(string samenwerkingId) => _samenwerkingen.GetValueOrDefault(samenwerkingId);

    /// <summary>The samenwerkingen this party takes part in.</summary>
    public IReadOnlyList<SwfSamenwerking> For(string oin) => [.. Samenwerkingen.Where(s => s.Deelnemer(oin) is not null)];

    /// <summary>The notifications waiting for this party, oldest first (ids rise). They stay until deleted.</summary>
    public IReadOnlyList<SwfNotificatie> Notificaties(string oin) =>
        _notificaties.TryGetValue(oin, out var box) ? [.. box.Values.OrderBy(n => n.Id, StringComparer.Ordinal)] : [];

    /// <summary>
    /// Pushes this party's notifications to <paramref name="endpoint"/> as well (its own system's URL); they
    /// still wait in its inbox until deleted, as the SWF keeps them.
    /// </summary>
    public void Subscribe(string oin, Uri endpoint) => _pushTo[oin] = endpoint;

    /// <summary>Where each party's notifications are pushed, by OIN.</summary>
    public IReadOnlyDictionary<string, Uri> Subscriptions => _pushTo.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Raised for each notification of a party that subscribed, with its URL: the simulator posts it there.</summary>
    public event Action<SwfNotificatie, Uri>? Pushing;

    public bool Delete(string oin, string notificatieId) =>
        _notificaties.TryGetValue(oin, out var box) && box.TryRemove(notificatieId, out _);

    private void Notify(string oin, string type, string samenwerkingId, string verzoeknummer, string? objectId)
    {
        var notificatie = new SwfNotificatie($"N{Interlocked.Increment(ref _lastNotificatie):D8}", oin, type, samenwerkingId, verzoeknummer, objectId, time.GetUtcNow());
        _notificaties.GetOrAdd(oin, _ => new ConcurrentDictionary<string, SwfNotificatie>(StringComparer.Ordinal))[notificatie.Id] = notificatie;
        events?.Announce();
        if (_pushTo.TryGetValue(oin, out var endpoint))
        {
            Pushing?.Invoke(notificatie, endpoint);
        }
    }
}
