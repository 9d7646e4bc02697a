namespace ChainHarness.Simulators.Tests.Recording;

/// <summary>
/// A wall clock that stands still at one instant shared by two runs: the change's identifiers are stamped
/// to the second (its GIO's work in the article text Ozon shows), so a replayed Ozon answer only matches a
/// second run whose change carries the same stamp. Timers, delays and timestamps stay the system's.
/// </summary>
internal sealed class ReplayableClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
