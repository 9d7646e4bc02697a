using System.Diagnostics;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 1: the full local chain in process against a replay of exactly the requests that run
/// made, side by side in each round: simulators are started before the clock starts; the chain
/// runs and is recorded; the recording is replayed with a plain HttpClient to the same simulators.
/// </summary>
internal static class ChainVsFloor
{
    public static async Task<ChainVsFloorFigures> MeasureAsync(Func<ProfileOptions> profile, int warmup, int rounds, Replayer replayer)
    {
        var chain = new List<TimeSpan>();
        var floor = new List<TimeSpan>();
        var requests = 0;
        var cascade = 0;
        var closed = true;
        var perStep = new Dictionary<string, List<TimeSpan>>();
        for (var i = 0; i < warmup + rounds; i++)
        {
            var p = profile();
            using var simulation = LocalSimulation.Start(p);
            var recorder = ExchangeRecorder.Attach(simulation);
            var watch = Stopwatch.StartNew();
            var result = await LocalChain.RunAsync(simulation, p);
            var chainTime = watch.Elapsed;
            var exchanges = recorder.Exchanges;
            recorder.Clear();
            var floorTime = await replayer.ReplayAsync(exchanges);
            if (i < warmup)
            {
                continue;
            }

            closed &= result.KetenGesloten;
            foreach (var step in result.Steps)
            {
                (perStep.TryGetValue(step.Step.Id.ToString(), out var list) ? list : perStep[step.Step.Id.ToString()] = []).Add(step.Outcome.Duration);
            }

            chain.Add(chainTime);
            floor.Add(floorTime);
            requests = exchanges.Count;
            cascade = recorder.Count - exchanges.Count;
        }

        return new ChainVsFloorFigures(Stats.Median(chain), Stats.Median(floor), Stats.Median(chain.Zip(floor, (c, f) => c / f)), requests, cascade, closed, rounds,
            perStep.ToDictionary(p => p.Key, p => Stats.Median(p.Value)));
    }
}
