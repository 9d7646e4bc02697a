namespace ChainHarness.Benchmarks;

/// <summary>How many chains ran, how many closed, how fast, and how many simulator servers the sweep started in all.</summary>
internal sealed record SweepFigures(int Profiles, int Parallelism, int Closed, TimeSpan Elapsed, double ChainsPerSecond, int ServersStarted);
