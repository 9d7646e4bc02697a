using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Reporting.Json;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>
/// One profile of a sweep: who, the verdict on its selected steps, the first selected step that
/// did not pass (with its cause), how long it took, where its reports are (a folder named after
/// the profile, relative to the summary) and every selected step's status.
/// </summary>
public sealed record SummaryProfile
{
    public required string Profile { get; init; }

    public required JsonMunicipality Municipality { get; init; }

    public required SweepVerdict Verdict { get; init; }

    public required bool KetenGesloten { get; init; }

    public string? FirstFailingStep { get; init; }

    public StepStatus? FirstFailingStatus { get; init; }

    public string? Cause { get; init; }

    public required long DurationMs { get; init; }

    public required string Reports { get; init; }

    public required IReadOnlyList<SummaryStep> Steps { get; init; }

    /// <summary>The row of one profile; its cause masked like the profile's own reports.</summary>
    public static SummaryProfile From(ChainResult result, SecretRedactor secrets)
    {
        var selected = result.Steps.Where(s => s.Selected).ToList();
        var first = selected.FirstOrDefault(s => s.Outcome.Status is not (StepStatus.Passed or StepStatus.NotApplicable));
        return new SummaryProfile
        {
            Profile = result.Profile,
            Municipality = new JsonMunicipality(result.MunicipalityCode, result.MunicipalityName),
            Verdict = result.Cancelled ? SweepVerdict.Cancelled : result.AllSelectedPassed ? SweepVerdict.Passed : SweepVerdict.Failed,
            KetenGesloten = result.KetenGesloten,
            FirstFailingStep = first?.Step.Id.ToString(),
            FirstFailingStatus = first?.Outcome.Status,
            Cause = first is null ? null : secrets.Redact(first.Outcome.Cause ?? first.Outcome.Summary),
            DurationMs = (long)result.Duration.TotalMilliseconds,
            Reports = result.Profile,
            Steps = [.. selected.Select(s => new SummaryStep(s.Step.Id.ToString(), s.Outcome.Status))],
        };
    }
}
