using System.Text.Json;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>
/// Writes and reads <c>report.json</c>: the verdict and every step with its outcome, expectation,
/// likely owner, finding, change since the previous run and evidence (already redacted).
/// </summary>
public static class JsonReportWriter
{
    public const string FileName = "report.json";

    public static string Render(RunReport report) => JsonSerializer.Serialize(JsonReportMapper.Map(report), ReportJson.Options);

    /// <summary>A report read back (from the history folder); null when the text is not a report of this schema.</summary>
    public static JsonReport? Read(string json)
    {
        try
        {
            var report = JsonSerializer.Deserialize<JsonReport>(json, ReportJson.Options);
            return report?.SchemaVersion == JsonReport.CurrentSchemaVersion ? report : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes <c>report.json</c> for a result without history into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(ChainResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(RunReport.From(result)));
        return path;
    }
}
