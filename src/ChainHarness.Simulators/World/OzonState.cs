using System.Collections.Concurrent;

namespace ChainHarness.Simulators.World;

/// <summary>
/// What Ozon holds: the activities and locations handed over by LVBB on publication (or seeded as
/// existing content, such as a bruidsschat activity). The RTR and the aanleveren checks read it.
/// Regelingen and annotations the Presenteren API shows are kept beside these by the Ozon simulator.
/// </summary>
public sealed class OzonState
{
    private readonly ConcurrentDictionary<string, PublishedActivity> _activities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PublishedLocation> _locations = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PublishedActivity> Activities => [.. _activities.Values];

    public IReadOnlyCollection<PublishedLocation> Locations => [.. _locations.Values];

    public void Add(PublishedActivity activity) => _activities[activity.OwId] = activity;

    public void Add(PublishedLocation location) => _locations[location.OwId] = location;

    /// <summary>Ends an activity (a delivery withdrew it with status beëindigen): it is no longer in Ozon, nor in the RTR.</summary>
    public void RemoveActivity(string owId) => _activities.TryRemove(owId, out _);

    /// <summary>Ends a location (status beëindigen).</summary>
    public void RemoveLocation(string owId) => _locations.TryRemove(owId, out _);

    public PublishedActivity? FindActivity(string owId) => _activities.GetValueOrDefault(owId);

    public PublishedLocation? FindLocation(string owId) => _locations.GetValueOrDefault(owId);

    /// <summary>Copies of the state, each with the way to put it back (<see cref="PublicationSnapshot"/>).</summary>
    internal Action[] Save() => [new Saved<string, PublishedActivity>(_activities).Restore, new Saved<string, PublishedLocation>(_locations).Restore];
}
