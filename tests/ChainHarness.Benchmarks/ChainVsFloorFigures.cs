namespace ChainHarness.Benchmarks;

/// <summary>Medians of the chain and of its replay; <see cref="Cascade"/> counts requests the replay set off in the simulators themselves.</summary>
internal sealed record ChainVsFloorFigures(TimeSpan Chain, TimeSpan Floor, double Ratio, int Requests, int Cascade, bool Closed, int Rounds);
