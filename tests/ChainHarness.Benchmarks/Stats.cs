namespace ChainHarness.Benchmarks;

/// <summary>Medians and the machine's load, for the figures.</summary>
internal static class Stats
{
    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? TimeSpan.Zero
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The 1-minute load average (Linux), or "?" elsewhere.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Peak resident set of this process so far (VmHWM), in MB.</summary>
    public static double PeakWorkingSetMb()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
}
