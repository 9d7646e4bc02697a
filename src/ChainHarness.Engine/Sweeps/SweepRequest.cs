using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Sweeps;

/// <summary>What a sweep runs, how many at once, and where each profile's reports go.</summary>
public sealed record SweepRequest
{
    /// <summary>
    /// Profiles run at once at the start when nothing is said: twice the processor count. Then the
    /// width follows waiting (<see cref="WaitFollowingGate"/>) up to <see cref="DefaultWidestParallelism"/>.
    /// </summary>
    public static int DefaultParallelism => Environment.ProcessorCount * 2;

    /// <summary>
    /// How wide a sweep may grow when nothing is said: 16 per processor. A simulated run mostly waits
    /// (the simulated LVBB's 200 ms, twice), so 2 cores keep busy only with many at once; every run
    /// at once costs a few MB.
    /// </summary>
    public static int DefaultWidestParallelism => Environment.ProcessorCount * 16;

    /// <summary>This shard's profiles.</summary>
    public required IReadOnlyList<SweepItem> Items { get; init; }

    /// <summary>How many profiles the whole sweep has, before sharding.</summary>
    public required int SweepSize { get; init; }

    public ShardSpec Shard { get; init; } = ShardSpec.Whole;

    public StepSelection Selection { get; init; } = StepSelection.All;

    /// <summary>How many run at once at the start.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    /// <summary>How many may run at once as the sweep finds its runs waiting; <see cref="Parallelism"/> (fixed) when null.</summary>
    public int? WidestParallelism { get; init; }

    /// <summary>The summary goes here; each profile's reports into a subfolder named after it.</summary>
    public required string ReportDir { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    public string? HistoryDir { get; init; }

    /// <summary>Runs the chain for one profile in isolation (its own simulators and world).</summary>
    public required Func<SweepItem, CancellationToken, Task<ChainResult>> RunChain { get; init; }

    /// <summary>The secrets of a profile, kept out of its reports.</summary>
    public required Func<ProfileOptions, SecretRedactor> Secrets { get; init; }
}
