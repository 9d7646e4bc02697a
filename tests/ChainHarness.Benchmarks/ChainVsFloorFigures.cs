namespace ChainHarness.Benchmarks;

/// <summary>
/// Medians of the chain, of the honest floor and of each step's own time. <see cref="Requests"/>: the
/// chain's client requests the floor sends; <see cref="Asks"/>: what it sent in all (a poll asked again
/// counts); <see cref="Preflight"/>: the chain's connection checks, left out of the floor; <see cref="WorldCalls"/>: the world's own calls, left out of the floor; <see cref="ClientErrors"/>
/// and <see cref="Mismatches"/>: 4xx answers and statuses unlike the chain's, over all floor rounds (0 when honest).
/// </summary>
internal sealed record ChainVsFloorFigures(TimeSpan Chain, TimeSpan Floor, double Ratio, int Preflight, int Requests, int Asks, int WorldCalls, int ClientErrors, int Mismatches,
    bool Closed, int Rounds, IReadOnlyDictionary<string, TimeSpan> StepMedians);
