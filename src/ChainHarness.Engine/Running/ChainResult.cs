using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>Everything a run came to: one result per known step, and the verdict.</summary>
public sealed record ChainResult(
    string Profile,
    string MunicipalityCode,
    string MunicipalityName,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<StepResult> Steps,
    bool Cancelled)
{
    /// <summary>The connections checked before step 1, when the run asked for a preflight.</summary>
    public Preflight.PreflightResult? Preflight { get; init; }

    /// <summary><i>Keten gesloten</i>: every one of steps 1–9b passed.</summary>
    public bool KetenGesloten => Steps.Where(s => s.Step.ClosesChain).All(s => s.Outcome.Status == StepStatus.Passed);

    /// <summary>The first closing step that did not pass, if any: one the run was asked for before one it left out.</summary>
    public StepResult? FirstBreak =>
        Steps.FirstOrDefault(s => s.Step.ClosesChain && s.Selected && s.Outcome.Status != StepStatus.Passed)
        ?? Steps.FirstOrDefault(s => s.Step.ClosesChain && s.Outcome.Status != StepStatus.Passed);

    /// <summary>True when every selected step passed or does not apply.</summary>
    public bool AllSelectedPassed => Steps.Where(s => s.Selected)
        .All(s => s.Outcome.Status is StepStatus.Passed or StepStatus.NotApplicable);

    /// <summary>Why the run stopped early on configuration found wrong while running (a redirect or a filled-in URL to a production host); null otherwise.</summary>
    public string? Refusal { get; init; }

    /// <summary>0: every selected step passed or does not apply; 1: otherwise; 2: a request to production was refused mid-run (configuration); 130: cancelled.</summary>
    public int ExitCode => Cancelled ? 130 : Refusal is not null ? 2 : AllSelectedPassed ? 0 : 1;

    public StepResult this[StepId id] => Steps.First(s => s.Step.Id == id);

    /// <summary>The steps 1–9b this run was not asked to run (a partial run: <c>--steps</c>, <c>--from-activity</c>).</summary>
    public IReadOnlyList<StepResult> ClosingStepsLeftOut => [.. Steps.Where(s => s.Step.ClosesChain && !s.Selected)];

    /// <summary>Step 10 or 11, run and not passed, in a chain that is closed.</summary>
    public StepResult? ExtraBreak => Steps.FirstOrDefault(s => !s.Step.ClosesChain && s.Selected && s.Outcome.Status is not (StepStatus.Passed or StepStatus.NotApplicable));

    /// <summary>The verdict in one Dutch sentence.</summary>
    public string VerdictDutch =>
        KetenGesloten ? (ExtraBreak is { } x ? $"De keten is gesloten, maar stap {x.Step.Id} ({x.Step.DutchName}) {DutchStatus(x.Outcome.Status)}." : "De keten is gesloten.")
        : AllSelectedPassed && ClosingStepsLeftOut.Count > 0
            ? $"De gekozen stappen zijn geslaagd; of de keten sluit is niet getest (niet uitgevoerd: stap {Ids(ClosingStepsLeftOut, "en")})."
        : FirstBreak is { } b ? $"De keten is niet gesloten: stap {b.Step.Id} ({b.Step.DutchName}) {DutchStatus(b.Outcome.Status)}."
        : "De keten is niet gesloten.";

    /// <summary>The verdict in one English sentence.</summary>
    public string VerdictEnglish =>
        KetenGesloten ? (ExtraBreak is { } x ? $"The chain is closed, but step {x.Step.Id} ({x.Step.EnglishName}) {EnglishStatus(x.Outcome.Status)}." : "The chain is closed.")
        : AllSelectedPassed && ClosingStepsLeftOut.Count > 0
            ? $"The selected steps passed; whether the chain closes was not tested (not run: step {Ids(ClosingStepsLeftOut, "and")})."
        : FirstBreak is { } b ? $"The chain is not closed: step {b.Step.Id} ({b.Step.EnglishName}) {EnglishStatus(b.Outcome.Status)}."
        : "The chain is not closed.";

    private static string Ids(IReadOnlyList<StepResult> steps, string and) => steps.Count == 1
        ? steps[0].Step.Id.ToString()
        : $"{string.Join(", ", steps.SkipLast(1).Select(s => s.Step.Id.ToString()))} {and} {steps[^1].Step.Id}";

    private static string EnglishStatus(StepStatus status) => status switch
    {
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "was skipped",
        StepStatus.NotImplemented => "is not built yet",
        StepStatus.NotRun => "was not run",
        _ => "did not pass",
    };

    private static string DutchStatus(StepStatus status) => status switch
    {
        StepStatus.Failed => "faalt",
        StepStatus.Skipped => "is overgeslagen",
        StepStatus.NotImplemented => "is nog niet gebouwd",
        StepStatus.NotRun => "is niet uitgevoerd",
        _ => "is niet geslaagd",
    };
}
