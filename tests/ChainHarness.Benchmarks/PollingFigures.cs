namespace ChainHarness.Benchmarks;

/// <summary>Verslag ready → step 3 done: median and worst over the rounds, beside the poll interval.</summary>
internal sealed record PollingFigures(TimeSpan Median, TimeSpan Worst, TimeSpan PollInterval, int Rounds);
