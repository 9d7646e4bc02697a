using System.Text.Json;

namespace ChainHarness.Cli.Tests.Sweeps;

/// <summary>
/// Fictional municipalities gm9001, gm9002, … with made-up OINs, written as profile files for a
/// sweep. A few carry a fault so that the sweep has failing steps to compare: gm9003 F7 (step 2),
/// gm9008 F6 (step 1), gm9014 F2 (step 3). The simulated LVBB answers quickly.
/// </summary>
internal static class GeneratedProfiles
{
    public static readonly IReadOnlyDictionary<string, string> Faults = new Dictionary<string, string>
    {
        ["gm9003"] = "F7",
        ["gm9008"] = "F6",
        ["gm9014"] = "F2",
    };

    public static string Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        foreach (var i in Enumerable.Range(1, count))
        {
            var code = $"gm{9000 + i}";
            var profile = new
            {
                Municipality = new { Code = code, Name = $"Proefdorp {i}", Oin = $"00000001{9000 + i}00000000" },
                Timing = new { LvbbProcessingDelay = "00:00:00.020", PollInterval = "00:00:00.020" },
                Faults = Faults.TryGetValue(code, out var fault) ? new[] { fault } : [],
            };
            File.WriteAllText(Path.Combine(folder, code + ".json"), JsonSerializer.Serialize(profile));
        }

        return folder;
    }
}
