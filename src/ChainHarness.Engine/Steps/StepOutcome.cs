using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// What one step came to. Expected failures (a 4xx, a wrong answer, a deadline passed) are
/// outcomes, not exceptions. <see cref="Cause"/> is plain words a non-technical reader follows;
/// <see cref="Finding"/> names the werkplaats finding (F1–F20) it matches, when one does.
/// </summary>
public sealed record StepOutcome
{
    public required StepStatus Status { get; init; }

    /// <summary>One line: what was checked and seen.</summary>
    public required string Summary { get; init; }

    /// <summary>Why the step did not pass, in plain words; null when it passed.</summary>
    public string? Cause { get; init; }

    /// <summary>For a skipped step: the step that blocked it.</summary>
    public StepId? BlockedBy { get; init; }

    /// <summary>The werkplaats finding this failure matches (F1–F20), when one does.</summary>
    public string? Finding { get; init; }

    /// <summary>Whom to call when what was observed names it (an offline network, the LVBB's outage); null: the finding's or the step's owner.</summary>
    public Bilingual? Owner { get; init; }

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    public TimeSpan Duration { get; init; }

    public static StepOutcome Passed(string summary) => new() { Status = StepStatus.Passed, Summary = summary };

    public static StepOutcome Failed(string cause, Finding? finding = null) =>
        new() { Status = StepStatus.Failed, Summary = cause, Cause = cause, Finding = finding?.Code };

    public static StepOutcome Skipped(StepId blockedBy) => new()
    {
        Status = StepStatus.Skipped,
        Summary = Texts.RunTexts.BlockedBy(blockedBy),
        Cause = Texts.RunTexts.Skipped(blockedBy),
        BlockedBy = blockedBy,
    };

    public static StepOutcome NotApplicable(string reason) =>
        new() { Status = StepStatus.NotApplicable, Summary = reason };

    public static StepOutcome NotImplemented() =>
        new() { Status = StepStatus.NotImplemented, Summary = Texts.RunTexts.NotImplemented };

    public static StepOutcome NotRun(string reason) => new() { Status = StepStatus.NotRun, Summary = reason };
}
