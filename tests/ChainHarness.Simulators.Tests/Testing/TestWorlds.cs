using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>Worlds on a fake clock (2 March 2026, 10:00 UTC unless told otherwise), seeded as a local run is.</summary>
internal static class TestWorlds
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The simulated LVBB's default processing delay: advance a fake clock by this for a verslag.</summary>
    public static readonly TimeSpan LvbbDelay = new TimingOptions().LvbbProcessingDelay;

    public static SimulatedWorld Create(params string[] faults) => Create(new FakeTimeProvider(Now), faults);

    public static SimulatedWorld Create(FakeTimeProvider time, params string[] faults) =>
        Create(time, new ProfileOptions { Faults = [.. faults] });

    public static SimulatedWorld Create(FakeTimeProvider time, ProfileOptions profile)
    {
        var world = new SimulatedWorld(profile, time);
        SimulatorRoster.Seed(world);
        return world;
    }
}
