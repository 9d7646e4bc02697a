using ChainHarness.Benchmarks;

// dotnet run -c Release --project tests/ChainHarness.Benchmarks -- [--quick] [--published <chainharness.dll>]
// Children of this bench (fresh processes, for peak memory): --child single | --child sweep <n> <parallelism>
if (args is ["--child", "single"])
{
    await ChainVsFloor.MeasureAsync(() => BenchProfiles.NoDelays(), warmup: 0, rounds: 1);
    Console.WriteLine(Stats.PeakWorkingSetMb().ToString("0", System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--child", "sweep", var n, var parallel])
{
    var sweep = await Sweep.MeasureAsync(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), int.Parse(parallel, System.Globalization.CultureInfo.InvariantCulture));
    Console.Error.WriteLine(sweep);
    Console.WriteLine(Stats.PeakWorkingSetMb().ToString("0", System.Globalization.CultureInfo.InvariantCulture));
    return sweep.Closed == sweep.Profiles ? 0 : 1;
}

var quick = args.Contains("--quick");
var plan = BenchPlan.For(quick);
var report = new BenchReport(plan);
report.Header();
// --only 1,4: just those figures (1 chain vs floor, 2 cold start, 3 polling, 4 sweep, 5 memory).
var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1].Split(',') : ["1", "2", "3", "4", "5"];
if (only.Contains("1"))
{
    report.ChainVsFloor(await ChainVsFloor.MeasureAsync(() => BenchProfiles.NoDelays(), plan.Warmup, plan.Rounds), "no simulated delays");
    report.ChainVsFloor(await ChainVsFloor.MeasureAsync(BenchProfiles.Default, 0, plan.Rounds), "default profile (LVBB 200 ms)");
}

if (only.Contains("2"))
{
    report.ColdStart(await ColdStart.MeasureAsync(plan.ColdRounds));
    if (Published() is { } published)
    {
        report.ColdStart(await ColdStart.MeasureAsync(plan.ColdRounds, published));
    }
}

if (only.Contains("3"))
{
    report.Polling(await PollingLatency.MeasureAsync(plan.PollRounds));
}

if (only.Contains("4"))
{
    report.CliSweep(await CliSweep.MeasureAsync(plan.SweepProfiles, Published()));
    report.Sweep(await Sweep.MeasureAsync(plan.SweepProfiles, plan.Parallelism));
}

if (only.Contains("5"))
{
    report.Memory(await MemoryChild("single"), await MemoryChild("sweep", plan.SweepProfiles.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.Parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

report.Footer();
return 0;

string? Published() => Array.IndexOf(args, "--published") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

static async Task<double> MemoryChild(params string[] what)
{
    var (_, exit, output) = await ChildProcess.SelfAsync(["--child", .. what]);
    var mb = 0.0; // the child's first line that is a number (its figures follow on stderr)
    var found = output.Split('\n').Any(line => double.TryParse(line.Trim(), System.Globalization.CultureInfo.InvariantCulture, out mb));
    return exit == 0 && found ? mb
        : throw new InvalidOperationException($"The memory run ({string.Join(' ', what)}) ended with {exit}:\n{output}");
}
