namespace ChainHarness.Benchmarks;

/// <summary>How many rounds of each measurement; <c>--quick</c> takes fewer rounds of the same things.</summary>
internal sealed record BenchPlan(int Warmup, int Rounds, int ColdRounds, int PollRounds, int SweepProfiles, int Parallelism)
{
    public static BenchPlan For(bool quick) => quick
        ? new BenchPlan(Warmup: 2, Rounds: 5, ColdRounds: 2, PollRounds: 2, SweepProfiles: 100, Parallelism: 8)
        : new BenchPlan(Warmup: 3, Rounds: 15, ColdRounds: 5, PollRounds: 5, SweepProfiles: 100, Parallelism: 8);
}
