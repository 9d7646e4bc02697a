using ChainHarness.Engine.Waiting;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The simulated world's announcements: it knows the moment something becomes ready (the LVBB wrote a
/// verslag and published to Ozon, the VTH system opened a zaak, the RTR took in rules, the SWF queued a
/// notification) and says so, so a step waiting on it asks again at once instead of after a poll interval.
/// One per world; the engine sees only <see cref="IReadinessSignal"/>.
/// </summary>
public sealed class WorldEvents : Announcements;
