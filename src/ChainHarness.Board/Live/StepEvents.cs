using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Live;

/// <summary>
/// The events of a run as the page reads them. Every text comes in both languages, so the page
/// can switch without asking again; the outcome words and symbols are the reports' own.
/// </summary>
internal static class StepEvents
{
    private static readonly ReportText Nl = ReportText.Dutch;
    private static readonly ReportText En = ReportText.English;

    public static BoardEvent Run(int runId, Scenario scenario) => BoardEvent.Of("run", new
    {
        runId,
        scenario = scenario.Naam,
        faults = scenario.Faults,
    });

    public static BoardEvent Started(int runId, StepDefinition step, TimeSpan at) => BoardEvent.Of("step", new
    {
        runId,
        step = step.Id.ToString(),
        phase = "running",
        cls = "st-running",
        symbol = "●",
        label = new Bilingual(Nl.Running, En.Running),
        atMs = Ms(at),
    });

    public static BoardEvent Waiting(int runId, StepDefinition step, string onWhat, TimeSpan at, TimeSpan? left = null) => BoardEvent.Of("step", new
    {
        leftMs = left is { } l ? Ms(l) : (long?)null,
        runId,
        step = step.Id.ToString(),
        phase = "waiting",
        cls = "st-waiting",
        symbol = "◔",
        label = new Bilingual(Nl.WaitingOn + " …", En.WaitingOn + " …"),
        waiting = new Bilingual($"{Nl.WaitingOn} {onWhat}", $"{En.WaitingOn} {onWhat}"),
        atMs = Ms(at),
    });

    public static BoardEvent Finished(int runId, StepReport step, TimeSpan at) => BoardEvent.Of("step", new
    {
        runId,
        step = step.Step.Id.ToString(),
        phase = "finished",
        status = step.Status.ToString(),
        cls = StatusClass.For(step.Status),
        symbol = StatusSymbol.For(step.Status),
        label = new Bilingual(Nl.Status(step.Status), En.Status(step.Status)),
        summary = step.Outcome.Summary,
        cause = step.Outcome.Cause,
        blockedBy = step.Outcome.BlockedBy?.ToString(),
        blocked = step.Outcome.BlockedBy is { } b ? new Bilingual(Nl.BlockedBy(b), En.BlockedBy(b)) : null,
        findingCode = step.FindingCode,
        finding = Finding(step.Finding),
        owner = step.Owner,
        evidence = step.Outcome.Evidence.Count,
        durationMs = Ms(step.Outcome.Duration),
        atMs = Ms(at),
    });

    public static BoardEvent Done(int runId, Scenario scenario, ChainResult result, TimeSpan at) => BoardEvent.Of("done", new
    {
        runId,
        closed = result.KetenGesloten,
        verdict = new Bilingual(result.VerdictDutch, result.VerdictEnglish),
        firstBreak = result.FirstBreak?.Step.Id.ToString(),
        // A scenario whose finding no step reported: the simulators do not inject that fault (yet).
        findingShown = scenario.Bevinding is null || result.Steps.Any(s => string.Equals(s.Outcome.Finding, scenario.Bevinding, StringComparison.OrdinalIgnoreCase)),
        atMs = Ms(at),
    });

    /// <summary>The run itself broke (not a step): the message only, never a stack, for it is shown to a room.</summary>
    public static BoardEvent Problem(int runId, string detail, TimeSpan at) => BoardEvent.Of("problem", new
    {
        runId,
        message = new Bilingual($"De run stopte op een fout in ChainHarness zelf: {detail}", $"The run stopped on an error in ChainHarness itself: {detail}"),
        atMs = Ms(at),
    });

    /// <summary>A werkplaats finding as the page reads it (events and the page's scenario list alike).</summary>
    public static object? Finding(Finding? f) => f is null ? null : new
    {
        code = f.Code,
        where = f.Where,
        steps = f.Steps.Select(s => s.ToString()),
        text = f.Text,
        owner = f.Owner,
        check = f.Check,
    };

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;
}
