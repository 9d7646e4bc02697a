using System.Text.Json;
using ChainHarness.Engine.Reporting.Json;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>Writes and reads <c>summary.json</c> in the same JSON shape as <c>report.json</c>.</summary>
public static class SweepSummaryFile
{
    public const string FileName = "summary.json";

    public static string Render(SweepSummary summary) => JsonSerializer.Serialize(summary, ReportJson.Options);

    public static string Write(SweepSummary summary, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(summary));
        return path;
    }

    /// <summary>The summary in <paramref name="folder"/>; null when there is none of this schema.</summary>
    public static SweepSummary? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var summary = JsonSerializer.Deserialize<SweepSummary>(File.ReadAllText(path), ReportJson.Options);
            return summary?.SchemaVersion == SweepSummary.CurrentSchemaVersion ? summary : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
