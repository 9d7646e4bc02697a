namespace ChainHarness.Benchmarks;

/// <summary>How many chains ran, how many closed, and how fast.</summary>
internal sealed record SweepFigures(int Profiles, int Parallelism, int Closed, TimeSpan Elapsed, double ChainsPerSecond, int PortRetries);
