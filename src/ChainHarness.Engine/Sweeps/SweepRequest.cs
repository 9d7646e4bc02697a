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
    /// Profiles run at once when nothing is said: twice the processor count (a run mostly waits on
    /// HTTP). Measured on 2 cores, 20 full local chains: 13.3 s one at a time, 5.6 s four at once,
    /// 5.7–6.4 s eight, 8.9 s sixteen.
    /// </summary>
    public static int DefaultParallelism => Environment.ProcessorCount * 2;

    /// <summary>This shard's profiles.</summary>
    public required IReadOnlyList<SweepItem> Items { get; init; }

    /// <summary>How many profiles the whole sweep has, before sharding.</summary>
    public required int SweepSize { get; init; }

    public ShardSpec Shard { get; init; } = ShardSpec.Whole;

    public StepSelection Selection { get; init; } = StepSelection.All;

    public int Parallelism { get; init; } = DefaultParallelism;

    /// <summary>The summary goes here; each profile's reports into a subfolder named after it.</summary>
    public required string ReportDir { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    public string? HistoryDir { get; init; }

    /// <summary>Runs the chain for one profile in isolation (its own simulators and world).</summary>
    public required Func<SweepItem, CancellationToken, Task<ChainResult>> RunChain { get; init; }

    /// <summary>The secrets of a profile, kept out of its reports.</summary>
    public required Func<ProfileOptions, SecretRedactor> Secrets { get; init; }
}
