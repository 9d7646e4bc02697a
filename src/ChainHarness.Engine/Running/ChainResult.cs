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

    /// <summary>The first closing step that did not pass, if any.</summary>
    public StepResult? FirstBreak => Steps.FirstOrDefault(s => s.Step.ClosesChain && s.Outcome.Status != StepStatus.Passed);

    /// <summary>True when every selected step passed or does not apply.</summary>
    public bool AllSelectedPassed => Steps.Where(s => s.Selected)
        .All(s => s.Outcome.Status is StepStatus.Passed or StepStatus.NotApplicable);

    /// <summary>0: every selected step passed or does not apply; 1: otherwise; 130: cancelled.</summary>
    public int ExitCode => Cancelled ? 130 : AllSelectedPassed ? 0 : 1;

    public StepResult this[StepId id] => Steps.First(s => s.Step.Id == id);

    /// <summary>The verdict in one Dutch sentence.</summary>
    public string VerdictDutch =>
        KetenGesloten ? "De keten is gesloten."
        : FirstBreak is { } b ? $"De keten is niet gesloten: stap {b.Step.Id} ({b.Step.DutchName}) {DutchStatus(b.Outcome.Status)}."
        : "De keten is niet gesloten.";

    /// <summary>The verdict in one English sentence.</summary>
    public string VerdictEnglish =>
        KetenGesloten ? "The chain is closed."
        : FirstBreak is { } b ? $"The chain is not closed: step {b.Step.Id} ({b.Step.EnglishName}) {EnglishStatus(b.Outcome.Status)}."
        : "The chain is not closed.";

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
