namespace ChainHarness.Simulators.Dmn;

/// <summary>Where an evaluation ended.</summary>
public enum DmnEvaluationStatus
{
    /// <summary>Every value the decision needs is known: <see cref="DmnEvaluation.Value"/> and hits are final.</summary>
    Concluded,

    /// <summary>Answers are missing: <see cref="DmnEvaluation.OpenQuestions"/> lists the next ones to ask.</summary>
    NeedsAnswers,

    /// <summary>The rules contradict themselves for these answers (e.g. two UNIQUE rules match): see Problem.</summary>
    Failed,
}
