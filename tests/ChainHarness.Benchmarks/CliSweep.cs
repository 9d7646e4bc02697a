using System.Globalization;
using System.Text.Json.Nodes;

namespace ChainHarness.Benchmarks;

/// <summary>
/// Figure 4: <c>dotnet chainharness.dll run --profiles &lt;folder&gt; --report-dir …</c> over a folder of default
/// profiles (gm0001 … gmNNNN: only a municipality each, so the default timing, LVBB 200 ms), in a fresh
/// process, every profile's reports written: start to exit, as a user runs it.
/// </summary>
internal static class CliSweep
{
    public static async Task<CliSweepFigures> MeasureAsync(int profiles, string? cli = null)
    {
        var folder = Directory.CreateTempSubdirectory("chainharness-profiles-");
        var reports = Directory.CreateTempSubdirectory("chainharness-sweep-reports-");
        try
        {
            WriteProfiles(folder.FullName, profiles);
            var (elapsed, exit, output) = await ChildProcess.RunAsync("dotnet", cli ?? ColdStart.CliDll(), "run", "--profiles", folder.FullName, "--report-dir", reports.FullName);
            var summary = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(reports.FullName, "summary.json")));
            var passed = (int?)summary?["passed"] ?? 0;
            if (exit is not (0 or 1))
            {
                throw new InvalidOperationException($"chainharness run --profiles ended with {exit}:\n{output}");
            }

            return new CliSweepFigures(profiles, passed, elapsed, profiles / elapsed.TotalSeconds, (int?)summary?["parallelism"], cli is null ? "build output" : "published");
        }
        finally
        {
            folder.Delete(recursive: true);
            reports.Delete(recursive: true);
        }
    }

    /// <summary>One file per municipality, nothing else in it: the default profile.</summary>
    public static void WriteProfiles(string folder, int profiles)
    {
        for (var n = 1; n <= profiles; n++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"gm{n:0000}");
            var oin = string.Create(CultureInfo.InvariantCulture, $"000000019{n:000}00000000");
            File.WriteAllText(Path.Combine(folder, code + ".json"), $$"""{ "Municipality": { "Code": "{{code}}", "Name": "Bankdorp {{n}}", "Oin": "{{oin}}" } }""");
        }
    }
}
