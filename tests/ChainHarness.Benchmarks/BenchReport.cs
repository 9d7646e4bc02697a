using System.Globalization;
using System.Runtime.InteropServices;

namespace ChainHarness.Benchmarks;

/// <summary>Prints the figures as Markdown, each beside its target, with the load average when it was taken.</summary>
internal sealed class BenchReport(BenchPlan plan)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Header()
    {
        Console.WriteLine($"# ChainHarness benchmarks, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {Stats.LoadAverage()}");
        Console.WriteLine($"Plan: {plan}");
        Console.WriteLine();
        Console.WriteLine("| # | figure | measured | target | met | load |");
        Console.WriteLine("|---|---|---|---|---|---|");
    }

    public void ChainVsFloor(ChainVsFloorFigures f, string profile)
    {
        Row("1", $"warm chain vs honest floor, {profile}: median of {f.Rounds} rounds, each on a fresh world ({f.Requests} client requests after {f.Preflight} preflight checks the floor leaves out, {f.Asks} asks with polls; "
                 + $"{f.WorldCalls} world calls left out; floor 4xx: {f.ClientErrors}, statuses unlike the chain's: {f.Mismatches}; chain closed: {f.Closed})",
            $"chain {Stats.Ms(f.Chain)}, floor {Stats.Ms(f.Floor)}, ratio {f.Ratio.ToString("0.00", Inv)}", "ratio ≤ 1.5",
            f.Ratio <= 1.5);
        Console.Error.WriteLine($"Per step, {profile} (median ms): " + string.Join(", ", f.StepMedians.Select(s => $"{s.Key} {s.Value.TotalMilliseconds:0}")));
    }

    public void ColdStart(ColdStartFigures f) =>
        Row("2", $"cold start: `dotnet chainharness.dll run`, {f.Build}, start to exit ({f.Rounds} runs)", $"first {Stats.Ms(f.First)}, median {Stats.Ms(f.Median)}", "≤ 2000 ms", f.Median.TotalSeconds <= 2);

    public void CliSweep(CliSweepFigures f) =>
        Row("4", $"CLI sweep as a user runs it: `run --profiles` over {f.Profiles} default profiles (LVBB 200 ms), fresh process, {f.Build}, reports written ({f.Passed} passed; grew to {f.Parallelism} at once)",
            $"{f.ChainsPerSecond.ToString("0.0", Inv)} chains/s ({f.Elapsed.TotalSeconds.ToString("0.0", Inv)} s)", "≥ 20 chains/s", f.ChainsPerSecond >= 20);

    public void Polling(PollingFigures f) =>
        Row("3", $"LVBB delay 2 s: verslag ready → step 3 done ({f.Rounds} runs)", $"median {Stats.Ms(f.Median)}, worst {Stats.Ms(f.Worst)}", $"≤ poll interval {Stats.Ms(f.PollInterval)}", f.Worst <= f.PollInterval);

    public void Sweep(SweepFigures f) =>
        Row("4′", $"in-process sweep (bench, no simulated delays): {f.Profiles} municipalities, {f.Parallelism} at a time, reports written ({f.Closed} closed; {f.ServersStarted} simulator servers started in all)", $"{f.ChainsPerSecond.ToString("0.0", Inv)} chains/s ({f.Elapsed.TotalSeconds.ToString("0.0", Inv)} s)", "(for information)", true);

    public void Memory(double singleMb, double sweepMb)
    {
        Row("5a", "peak working set, one full run (fresh process)", $"{singleMb.ToString("0", Inv)} MB", "≤ 200 MB", singleMb <= 200);
        Row("5b", $"peak working set, {plan.SweepProfiles}-profile sweep (fresh process)", $"{sweepMb.ToString("0", Inv)} MB", "≤ 500 MB", sweepMb <= 500);
    }

    public void Footer()
    {
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {Stats.LoadAverage()}");
    }

    private static void Row(string number, string figure, string measured, string target, bool met) =>
        Console.WriteLine($"| {number} | {figure} | {measured} | {target} | {(met ? "yes" : "**no**")} | {Stats.LoadAverage()} |");
}
