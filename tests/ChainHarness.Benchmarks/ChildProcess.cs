using System.Diagnostics;

namespace ChainHarness.Benchmarks;

/// <summary>Runs a process to its exit and times it (cold start; memory runs in a fresh process of this bench).</summary>
internal static class ChildProcess
{
    public static async Task<(TimeSpan Elapsed, int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = watch.Elapsed;
        return (elapsed, process.ExitCode, (await output) + (await errors));
    }

    /// <summary>This bench again, in a fresh process, with <paramref name="args"/>.</summary>
    public static Task<(TimeSpan Elapsed, int ExitCode, string Output)> SelfAsync(params string[] args) =>
        RunAsync(Environment.ProcessPath!, [.. (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? new[] { typeof(ChildProcess).Assembly.Location } : []), .. args]);
}
