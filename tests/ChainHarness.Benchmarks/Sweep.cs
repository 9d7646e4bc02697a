using System.Diagnostics;
using ChainHarness.Engine.Sweeps;
using ChainHarness.Simulators;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 4: many simulated municipalities (gm0001, gm0002, …) through the CLI's sweep
/// (<see cref="SweepRunner"/>: bounded parallelism, every profile's reports written), each a full chain
/// with simulators and a world of its own on servers borrowed from one <see cref="SimulatorHostPool"/>,
/// as <c>run --profiles</c> does.
/// </summary>
internal static class Sweep
{
    public static async Task<SweepFigures> MeasureAsync(int profiles, int parallelism)
    {
        var reports = Directory.CreateTempSubdirectory("chainharness-sweep-");
        try
        {
            using var hosts = new SimulatorHostPool();
            var request = new SweepRequest
            {
                Items = [.. Enumerable.Range(1, profiles).Select(n => new SweepItem($"gm{n:0000}", BenchProfiles.NoDelays($"gm{n:0000}")))],
                SweepSize = profiles,
                Parallelism = parallelism,
                ReportDir = reports.FullName,
                RunChain = (item, ct) => LocalChain.RunAsync(item.Profile, profileName: item.Name, hosts: hosts, cancellationToken: ct),
                Secrets = LocalChain.Secrets,
            };
            var watch = Stopwatch.StartNew();
            var summary = await SweepRunner.RunAsync(request);
            var elapsed = watch.Elapsed;
            return new SweepFigures(profiles, parallelism, summary.Profiles.Count(p => p.KetenGesloten), elapsed, profiles / elapsed.TotalSeconds, hosts.Started);
        }
        finally
        {
            reports.Delete(recursive: true);
        }
    }
}
