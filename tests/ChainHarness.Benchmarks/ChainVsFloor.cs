using System.Diagnostics;
using ChainHarness.Benchmarks.Floor;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 1: the full local chain in process against the honest floor, side by side in each round:
/// the chain runs on freshly started simulators (started before the clock starts) and its client
/// requests are recorded; then a fresh world is started and <see cref="HonestFloor"/> sends those
/// requests to it with a plain HttpClient, taking ids from its answers. The preflight's connection checks
/// are left out of the floor (a raw client does not check first): the chain pays for them, the floor does not.
/// </summary>
internal static class ChainVsFloor
{
    public static async Task<ChainVsFloorFigures> MeasureAsync(Func<ProfileOptions> profile, int warmup, int rounds)
    {
        var chain = new List<TimeSpan>();
        var floor = new List<TimeSpan>();
        int preflight = 0, requests = 0, asks = 0, worldCalls = 0, clientErrors = 0, mismatches = 0;
        var closed = true;
        var perStep = new Dictionary<string, List<TimeSpan>>();
        using var honest = new HonestFloor();
        for (var i = 0; i < warmup + rounds; i++)
        {
            var (result, chainTime, recorder, servers) = await RunChainAsync(profile());
            var plan = FloorPlan.From(recorder.ChainWork);
            using var fresh = LocalSimulation.Start(profile());
            var run = await honest.RunAsync(plan, servers, fresh);
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
            floor.Add(run.Elapsed);
            preflight = recorder.Preflight;
            requests = plan.Count;
            asks = run.Requests;
            worldCalls = recorder.WorldCalls;
            clientErrors += run.ClientErrors;
            mismatches += run.StatusMismatches;
        }

        return new ChainVsFloorFigures(Stats.Median(chain), Stats.Median(floor), Stats.Median(chain.Zip(floor, (c, f) => c / f)), preflight, requests, asks, worldCalls,
            clientErrors, mismatches, closed, rounds, perStep.ToDictionary(p => p.Key, p => Stats.Median(p.Value)));
    }

    /// <summary>One chain on simulators of its own, timed without their start, its client requests recorded.</summary>
    public static async Task<(Engine.Running.ChainResult Result, TimeSpan Elapsed, ExchangeRecorder Recorder, IReadOnlyDictionary<string, Uri> Servers)> RunChainAsync(
        ProfileOptions profile)
    {
        using var simulation = LocalSimulation.Start(profile);
        var recorder = ExchangeRecorder.Attach(simulation);
        var watch = Stopwatch.StartNew();
        var result = await LocalChain.RunAsync(simulation, profile, observer: recorder);
        var elapsed = watch.Elapsed;
        return (result, elapsed, recorder, simulation.Servers.ToDictionary(s => s.Name, s => s.BaseUrl));
    }
}
