namespace ChainHarness.Benchmarks;

/// <summary>The CLI's sweep as a user runs it: how many profiles, how many passed, start to exit, and the width it grew to.</summary>
internal sealed record CliSweepFigures(int Profiles, int Passed, TimeSpan Elapsed, double ChainsPerSecond, int? Parallelism, string Build);
