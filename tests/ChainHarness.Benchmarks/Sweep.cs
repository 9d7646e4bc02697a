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
                var result = await RunWithPortRetryAsync(BenchProfiles.NoDelays($"gm{n:0000}"), ct);
                if (result.KetenGesloten)
                {
                    Interlocked.Increment(ref closed);
                }
            });
        var elapsed = watch.Elapsed;
        return new SweepFigures(profiles, parallelism, closed, elapsed, profiles / elapsed.TotalSeconds, _portRetries);
    }

    private static int _portRetries;

    /// <summary>
    /// FreePort.Next probes a port and WireMock binds it later: under many parallel starts another
    /// server can take it in between ("address already in use"). A chain whose simulators could not
    /// start is started again, and counted.
    /// </summary>
    private static async Task<ChainHarness.Engine.Running.ChainResult> RunWithPortRetryAsync(ChainHarness.Engine.Configuration.ProfileOptions profile, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await LocalChain.RunAsync(profile, cancellationToken: ct);
            }
            catch (WireMock.Exceptions.WireMockException) when (attempt < 5)
            {
                Interlocked.Increment(ref _portRetries);
            }
        }
    }
}
