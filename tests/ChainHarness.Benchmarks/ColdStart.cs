namespace ChainHarness.Benchmarks;

/// <summary>Figure 2: <c>dotnet chainharness.dll run</c> (the full local chain, default profile, reports written), start to exit.</summary>
internal static class ColdStart
{
    /// <summary>Times <paramref name="cli"/> (default: the CLI built beside this bench; or a published one, e.g. ReadyToRun).</summary>
    public static async Task<ColdStartFigures> MeasureAsync(int rounds, string? cli = null)
    {
        var dll = cli ?? CliDll();
        var reports = Directory.CreateTempSubdirectory("chainharness-bench-");
        var times = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < rounds; i++)
            {
                var (elapsed, exit, output) = await ChildProcess.RunAsync("dotnet", dll, "run", "--report-dir", reports.FullName);
                if (exit != 0)
                {
                    throw new InvalidOperationException($"chainharness run ended with {exit}:\n{output}");
                }

                times.Add(elapsed);
            }
        }
        finally
        {
            reports.Delete(recursive: true);
        }

        return new ColdStartFigures(times[0], Stats.Median(times), rounds, cli is null ? "build output (JIT)" : "published " + Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(dll))));
    }

    /// <summary>The CLI built in the same configuration as this bench.</summary>
    public static string CliDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ChainHarness.sln")))
        {
            root = root.Parent;
        }

        var configuration = here.Parent?.Name ?? "Release";
        var dll = Path.Combine(root?.FullName ?? ".", "src", "ChainHarness.Cli", "bin", configuration, here.Name, "chainharness.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the CLI first ({configuration}): {dll}");
    }
}
