using System.Globalization;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Reporting.History;

/// <summary>
/// A folder of earlier runs: each run's <c>report.json</c> is kept as
/// <c>&lt;folder&gt;/&lt;profile&gt;/&lt;yyyyMMdd-HHmmss-fff&gt;.json</c>, so a run can say what changed since
/// the previous (not cancelled) run of the same profile. Steps not run in either run are not compared.
/// </summary>
public sealed class RunHistory(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>The comparison with the latest earlier run of this profile; null when there is none.</summary>
    public HistoryComparison? CompareWithPrevious(ChainResult current)
    {
        var previous = Earlier(current).FirstOrDefault();
        if (previous is null)
        {
            return null;
        }

        var before = previous.Steps.ToDictionary(s => s.Id, s => s.Status, StringComparer.OrdinalIgnoreCase);
        var changes = current.Steps
            .Where(s => before.ContainsKey(s.Step.Id.ToString()))
            .Select(s => new StepChange(s.Step.Id, before[s.Step.Id.ToString()], s.Outcome.Status))
            .Where(c => c.Before != c.After && c.Before != StepStatus.NotRun && c.After != StepStatus.NotRun)
            .ToList();
        return new HistoryComparison(previous.StartedAt, changes);
    }

    /// <summary>Keeps this run's JSON report (already rendered and redacted); returns the file's path.</summary>
    public string Keep(ChainResult result, string reportJson)
    {
        var profileFolder = ProfileFolder(result.Profile);
        Directory.CreateDirectory(profileFolder);
        var stamp = result.StartedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var path = Path.Combine(profileFolder, stamp + ".json");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(profileFolder, $"{stamp}-{n}.json");
        }

        File.WriteAllText(path, reportJson);
        return path;
    }

    private IEnumerable<JsonReport> Earlier(ChainResult current)
    {
        var profileFolder = ProfileFolder(current.Profile);
        if (!Directory.Exists(profileFolder))
        {
            return [];
        }

        return Directory.EnumerateFiles(profileFolder, "*.json")
            .Select(f => JsonReportWriter.Read(File.ReadAllText(f)))
            .OfType<JsonReport>()
            .Where(r => !r.Cancelled && r.StartedAt < current.StartedAt
                        && string.Equals(r.Profile, current.Profile, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.StartedAt);
    }

    private string ProfileFolder(string profile)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. profile.Select(c => invalid.Contains(c) || c == '.' ? '_' : c)]);
        return Path.Combine(Folder, safe.Length == 0 ? "_" : safe);
    }
}
