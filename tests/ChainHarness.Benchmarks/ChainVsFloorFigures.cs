namespace ChainHarness.Benchmarks;

/// <summary>Medians of the chain, of its replay and of each step's own time; <see cref="Cascade"/> counts requests the replay set off in the simulators themselves.</summary>
internal sealed record ChainVsFloorFigures(TimeSpan Chain, TimeSpan Floor, double Ratio, int Requests, int Cascade, bool Closed, int Rounds,
    IReadOnlyDictionary<string, TimeSpan> StepMedians);
