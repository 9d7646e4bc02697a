using ChainHarness.Engine.Stop;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 3: with the simulated LVBB taking 2 s, the time from the publicatie verslag being ready
/// (its VerwerktOp, set by the simulator's timer) to step 3 finishing, against the poll interval.
/// </summary>
internal static class PollingLatency
{
    public static async Task<PollingFigures> MeasureAsync(int rounds)
    {
        var lags = new List<TimeSpan>();
        var profile = BenchProfiles.LvbbDelay(TimeSpan.FromSeconds(2));
        StepSelection.TryParse("1-3", out var selection, out _);
        for (var i = 0; i < rounds; i++)
        {
            using var simulation = LocalSimulation.Start(profile);
            var clock = new StepClock();
            var result = await LocalChain.RunAsync(simulation, profile, selection, observer: clock);
            var verslag = simulation.World.Lvbb.Opdrachten.LastOrDefault(o => o.Soort == LvbbOpdrachtSoort.Publicatie)?.Verslag;
            if (result.ExitCode != 0 || verslag is null || clock.Finished("3") is not { } done)
            {
                throw new InvalidOperationException("The polling run did not publish: " + result.VerdictEnglish);
            }

            lags.Add(done - verslag.VerwerktOp);
        }

        return new PollingFigures(Stats.Median(lags), lags.Max(), profile.Timing.PollInterval, rounds);
    }
}
