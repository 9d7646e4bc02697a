using ChainHarness.Engine.Configuration;

namespace ChainHarness.Benchmarks;

/// <summary>The profiles the benchmarks run: the default local one, one without simulated delays, one per municipality.</summary>
internal static class BenchProfiles
{
    /// <summary>As <c>run</c> uses it: LVBB processing 200 ms, poll interval 50 ms.</summary>
    public static ProfileOptions Default() => new();

    /// <summary>No simulated asynchronous delay: what is left is the chain's own work and its HTTP.</summary>
    public static ProfileOptions NoDelays(string code = "gm9999") => new()
    {
        Municipality = new MunicipalityOptions { Code = code },
        Timing = new TimingOptions { LvbbProcessingDelay = TimeSpan.Zero },
    };

    public static ProfileOptions LvbbDelay(TimeSpan delay) => new()
    {
        Timing = new TimingOptions { LvbbProcessingDelay = delay },
    };
}
