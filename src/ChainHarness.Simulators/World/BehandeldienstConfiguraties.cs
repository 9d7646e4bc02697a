using System.Collections.Concurrent;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The behandeldienstconfiguraties of the simulated pre-productie environment. An activity has at most one
/// behandeldienst per bevoegd gezag (OFFICIAL), so adding a second one for the same pair is refused.
/// </summary>
public sealed class BehandeldienstConfiguraties
{
    private readonly ConcurrentDictionary<string, BehandeldienstConfiguratie> _byId = new(StringComparer.Ordinal);
    private int _sequence;

    /// <summary>What a bevoegd gezag configured, oldest first.</summary>
    public IReadOnlyList<BehandeldienstConfiguratie> Of(string bevoegdGezagOin) =>
        [.. _byId.Values.Where(c => c.BevoegdGezagOin == bevoegdGezagOin).OrderBy(c => c.Id, StringComparer.Ordinal)];

    public BehandeldienstConfiguratie? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The behandeldienst configured for this bevoegd gezag and activity, or null.</summary>
    public BehandeldienstConfiguratie? For(string bevoegdGezagOin, string activiteit) =>
        Of(bevoegdGezagOin).FirstOrDefault(c => c.Covers(activiteit));

    /// <summary>Adds a configuration; null when the activity already has a behandeldienst for this bevoegd gezag.</summary>
    public BehandeldienstConfiguratie? Add(string bevoegdGezagOin, string activiteit, string behandeldienstOin, string behandeldienstNaam)
    {
        lock (_byId)
        {
            if (Of(bevoegdGezagOin).Any(c => c.Activiteit == activiteit))
            {
                return null;
            }

            var id = $"BDC-{Interlocked.Increment(ref _sequence):00000}";
            var configuratie = new BehandeldienstConfiguratie(id, bevoegdGezagOin, activiteit, behandeldienstOin, behandeldienstNaam);
            _byId[id] = configuratie;
            return configuratie;
        }
    }

    public bool Remove(string id) => _byId.TryRemove(id, out _);

    /// <summary>
    /// What the municipality configured in pre-productie before the run, per the profile: its behandeldienst for
    /// each of the profile's activities (all of them when it lists none), only when <see cref="RoutingOptions.PreProductie"/>.
    /// </summary>
    public void SeedFrom(ProfileOptions profile)
    {
        if (profile.Behandeldienst is not { Routing.PreProductie: true } od)
        {
            return;
        }

        foreach (var activiteit in od.Activities.Count == 0 ? [BehandeldienstConfiguratie.AlleActiviteiten] : od.Activities)
        {
            Add(profile.Municipality.Oin, activiteit, od.Oin, od.Name);
        }
    }
}
