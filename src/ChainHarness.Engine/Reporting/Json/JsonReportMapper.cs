using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.History;
using ChainHarness.Engine.Reporting;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>Turns a <see cref="RunReport"/> into the documented JSON shape.</summary>
internal static class JsonReportMapper
{
    public static JsonReport Map(RunReport report)
    {
        var r = report.Result;
        return new JsonReport
        {
            Profile = r.Profile,
            Municipality = new JsonMunicipality(r.MunicipalityCode, r.MunicipalityName),
            StartedAt = r.StartedAt,
            DurationMs = (long)r.Duration.TotalMilliseconds,
            KetenGesloten = r.KetenGesloten,
            Cancelled = r.Cancelled,
            ExitCode = r.ExitCode,
            Verdict = new Bilingual(r.VerdictDutch, r.VerdictEnglish),
            FirstBreak = r.FirstBreak?.Step.Id.ToString(),
            Steps = [.. report.Steps.Select(s => Map(s) with { Sources = r.Provenance?.ForStep(s.Step.Id.ToString()).Select(x => new JsonPart(x.Name, x.Municipal, x.Source.ToString())).ToList() })],
            History = report.History is { } h ? new JsonHistory(h.PreviousRunAt, [.. h.Changes.Select(Map)]) : null,
            Provenance = r.Provenance is { } provenance ? JsonProvenance.From(provenance) : null,
            Preflight = r.Preflight is { } p ? [.. p.Checks.Select(c => new JsonConnection(c.Koppelvlak, c.Endpoint, c.Status.ToString(), c.Detail, c.StatusCode))] : null,
        };
    }

    private static JsonStep Map(StepReport s) => new()
    {
        Id = s.Step.Id.ToString(),
        DutchName = s.Step.DutchName,
        EnglishName = s.Step.EnglishName,
        Lane = s.Step.Lane,
        DependsOn = [.. s.Step.DependsOn.Select(d => d.ToString())],
        ClosesChain = s.Step.ClosesChain,
        Selected = s.Result.Selected,
        Status = s.Status,
        Summary = s.Outcome.Summary,
        Cause = s.Outcome.Cause,
        BlockedBy = s.Outcome.BlockedBy?.ToString(),
        Expected = s.Expected,
        LikelyOwner = s.Owner,
        Finding = s.FindingCode is { } code ? Map(code, s.Finding) : null,
        Change = s.Change is { } c ? Map(c) : null,
        DurationMs = (long)s.Outcome.Duration.TotalMilliseconds,
        Evidence = [.. s.Outcome.Evidence.Select(JsonEvidence.From)],
    };

    private static JsonFinding Map(string code, Finding? finding) =>
        finding is null ? new JsonFinding(code, null, null, null)
            : new JsonFinding(finding.Code, finding.Where, finding.Text, finding.Check);

    private static JsonChange Map(StepChange change) => new(change.Step.ToString(), change.Before, change.After);
}
