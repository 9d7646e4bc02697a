using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>A slice of a sweep that a summary covers: <c>index</c> of <c>count</c>.</summary>
public sealed record SummaryShard(int Index, int Count)
{
    public static SummaryShard From(ShardSpec shard) => new(shard.Index, shard.Count);

    public override string ToString() => $"{Index}/{Count}";
}
