using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Sweeps;
using ChainHarness.Engine.Sweeps.Summary;

namespace ChainHarness.Engine.Tests.Sweeps.Summary;

/// <summary>Summaries made by hand: a sweep of profiles gm9001…, split in shards the way the runner splits them.</summary>
internal static class SweepSummaries
{
    public static IReadOnlyList<string> Names(int count) => [.. Enumerable.Range(1, count).Select(i => $"gm{9000 + i}")];

    /// <summary>Profile gm9003 fails at step 2 in every sweep made here.</summary>
    public static SweepSummary Of(IEnumerable<string> names, int sweepSize, ShardSpec? shard = null) =>
        SweepSummary.Of(
            names.Select(n => SummaryProfile.From(SweepResults.For(n, n == "gm9003" ? "2" : null), SecretRedactor.None)),
            DateTimeOffset.UnixEpoch.AddMinutes(shard?.Index ?? 0), TimeSpan.FromSeconds(30),
            ["1", "2", "3", "4a", "4b"], sweepSize, shard is null ? [] : [SummaryShard.From(shard)], parallelism: 4);

    public static List<(string Source, SweepSummary Summary)> Shards(int profiles, int count, params int[] indices) =>
        [.. indices.Select(i => ($"shard-{i}", Of(new ShardSpec(i, count).Select(Names(profiles)), profiles, new ShardSpec(i, count))))];
}
