namespace ChainHarness.Benchmarks.Floor;

/// <summary>
/// One run of the floor: its time, how many requests it sent (polls asked again count), the statuses
/// it got, and how many answers differed in status from the chain's (none, for an honest floor).
/// </summary>
internal sealed record FloorRun(TimeSpan Elapsed, int Requests, IReadOnlyList<int> Statuses, int StatusMismatches, int IdsLearnt)
{
    public int ClientErrors => Statuses.Count(s => s is >= 400 and < 500);
}
