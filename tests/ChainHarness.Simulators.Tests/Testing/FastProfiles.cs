using ChainHarness.Engine.Configuration;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>Profiles for whole-chain tests: short waits, so a fault that makes a step wait out its deadline ends quickly.</summary>
internal static class FastProfiles
{
    public static ProfileOptions Local(params string[] faults) => new()
    {
        Faults = [.. faults],
        Timing = new TimingOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            StepDeadline = TimeSpan.FromSeconds(3),
            LvbbProcessingDelay = TimeSpan.FromMilliseconds(20),
        },
    };
}
