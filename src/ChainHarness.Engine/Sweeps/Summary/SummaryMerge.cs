namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>The merged summary, or every reason the shards do not fit together.</summary>
public sealed record SummaryMerge(SweepSummary? Summary, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Summary is not null && Problems.Count == 0;
}
