namespace ChainHarness.Engine.Steps;

/// <summary>The outcome kinds of one step. Only <see cref="Passed"/> counts towards closing the chain.</summary>
public enum StepStatus
{
    /// <summary>The step ran and its check held.</summary>
    Passed,

    /// <summary>The step ran and its check did not hold; the outcome names the cause.</summary>
    Failed,

    /// <summary>Not run because a step it depends on did not pass ("blocked by step N").</summary>
    Skipped,

    /// <summary>Steps 10 and 11 when the profile has no behandeldienst or no collaboration. Not a failure.</summary>
    NotApplicable,

    /// <summary>The harness has no check for this step yet. Never counted as passed.</summary>
    NotImplemented,

    /// <summary>Not run by choice (not selected, or started from an existing activity) or cancelled before it ran.</summary>
    NotRun,
}
