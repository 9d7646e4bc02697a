namespace ChainHarness.Benchmarks;

/// <summary>The first (coldest) start and the median over the rounds.</summary>
internal sealed record ColdStartFigures(TimeSpan First, TimeSpan Median, int Rounds, string Build);
