using System.Diagnostics;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 4: many simulated municipalities (gm0001, gm0002, …), each a full chain against its own
/// freshly started simulators (LocalChain.RunAsync, what the CLI does), with bounded parallelism.
/// </summary>
internal static class Sweep
{
    public static async Task<SweepFigures> MeasureAsync(int profiles, int parallelism)
    {
        var closed = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(1, profiles),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (n, ct) =>
            {
                var result = await LocalChain.RunAsync(BenchProfiles.NoDelays($"gm{n:0000}"), cancellationToken: ct);
                if (result.KetenGesloten)
                {
                    Interlocked.Increment(ref closed);
                }
            });
        var elapsed = watch.Elapsed;
        return new SweepFigures(profiles, parallelism, closed, elapsed, profiles / elapsed.TotalSeconds);
    }
}
