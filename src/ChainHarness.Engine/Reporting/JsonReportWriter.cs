using System.Text.Json;
using System.Text.Json.Serialization;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Reporting;

/// <summary>Writes <c>report.json</c>: the verdict and every step's outcome with its evidence (already redacted).</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(ChainResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "report.json");
        var document = new
        {
            result.Profile,
            Municipality = new { Code = result.MunicipalityCode, Name = result.MunicipalityName },
            result.StartedAt,
            DurationMs = (long)result.Duration.TotalMilliseconds,
            result.KetenGesloten,
            Verdict = result.VerdictDutch,
            result.Cancelled,
            result.ExitCode,
            Preflight = result.Preflight?.Checks.Select(c => new { c.Koppelvlak, c.Endpoint, c.Status, c.Detail, c.StatusCode, c.Evidence }),
            Steps = result.Steps.Select(s => new
            {
                Id = s.Step.Id.ToString(),
                s.Step.DutchName,
                s.Selected,
                s.Outcome.Status,
                s.Outcome.Summary,
                s.Outcome.Cause,
                BlockedBy = s.Outcome.BlockedBy?.ToString(),
                s.Outcome.Finding,
                DurationMs = (long)s.Outcome.Duration.TotalMilliseconds,
                s.Outcome.Evidence,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Options));
        return path;
    }
}
