using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>
/// <c>summary.json</c>: a sweep (or one shard of it, or shards merged) in one file, documented by
/// <c>docs/summary.schema.json</c>. <see cref="Shards"/> is empty for an unsplit sweep, holds one
/// entry for a shard and every merged shard after <c>merge-reports</c>.
/// </summary>
public sealed record SweepSummary
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string Tool { get; init; } = "ChainHarness";

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMs { get; init; }

    /// <summary>The steps every profile ran, in chain order.</summary>
    public required IReadOnlyList<string> SelectedSteps { get; init; }

    /// <summary>How many profiles the whole sweep has, before it was split into shards.</summary>
    public required int SweepSize { get; init; }

    public IReadOnlyList<SummaryShard> Shards { get; init; } = [];

    /// <summary>How many profiles ran at once; absent in a merged summary.</summary>
    public int? Parallelism { get; init; }

    public required int Passed { get; init; }

    public required int Failed { get; init; }

    public required int Cancelled { get; init; }

    /// <summary>0: every profile passed; 1: one did not; 130: the sweep was cancelled.</summary>
    public required int ExitCode { get; init; }

    /// <summary>Every profile, sorted by name as the shards sort them.</summary>
    public required IReadOnlyList<SummaryProfile> Profiles { get; init; }

    public static SweepSummary Of(
        IEnumerable<SummaryProfile> profiles, DateTimeOffset startedAt, TimeSpan duration, IReadOnlyList<string> selectedSteps,
        int sweepSize, IReadOnlyList<SummaryShard> shards, int? parallelism)
    {
        var byName = profiles.ToDictionary(p => p.Profile, StringComparer.Ordinal);
        var sorted = ShardSpec.Sorted(byName.Keys).Select(n => byName[n]).ToList();
        var cancelled = sorted.Count(p => p.Verdict == SweepVerdict.Cancelled);
        var failed = sorted.Count(p => p.Verdict == SweepVerdict.Failed);
        return new SweepSummary
        {
            StartedAt = startedAt,
            DurationMs = (long)duration.TotalMilliseconds,
            SelectedSteps = selectedSteps,
            SweepSize = sweepSize,
            Shards = shards,
            Parallelism = parallelism,
            Passed = sorted.Count(p => p.Verdict == SweepVerdict.Passed),
            Failed = failed,
            Cancelled = cancelled,
            ExitCode = cancelled > 0 ? 130 : failed > 0 ? 1 : 0,
            Profiles = sorted,
        };
    }
}
