using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// Evaluates a decision of a <see cref="DmnModel"/> for the answers given so far. Stateless: call it
/// again with more answers. See <see cref="DmnEvaluation"/> for what comes back.
/// </summary>
public static class DmnEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="decision"/> (an id, name or functioneleStructuurRef; default: the
    /// model's first top decision, the one carrying the functioneleStructuurRef).
    /// </summary>
    /// <exception cref="ArgumentException">The model has no such decision.</exception>
    public static DmnEvaluation Evaluate(DmnModel model, DmnAnswers answers, string? decision = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(answers);
        var target = (decision is null ? model.TopDecisions.FirstOrDefault() : model.FindDecision(decision))
            ?? throw new ArgumentException(decision is null
                ? $"DMN-model '{model.Name}' heeft geen beslissingen."
                : $"DMN-model '{model.Name}' heeft geen beslissing met id, naam of functioneleStructuurRef '{decision}'.", nameof(decision));
        var outcome = new EvaluationRun(model, answers).Decision(target);
        return new DmnEvaluation
        {
            Status = outcome.Status,
            DecisionId = target.Id,
            DecisionName = target.Name,
            FunctioneleStructuurRef = target.FunctioneleStructuurRef,
            Value = outcome.Value,
            Hits = outcome.Hits,
            OpenQuestions = outcome.Open,
            Problem = outcome.Problem,
        };
    }
}
