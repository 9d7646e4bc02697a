using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// The result of evaluating one decision for a set of answers: the conclusion (status Concluded,
/// with <see cref="Value"/> and <see cref="Hits"/>), the questions still to ask (NeedsAnswers), or
/// why the rules cannot give an answer (Failed).
/// </summary>
public sealed record DmnEvaluation
{
    public required DmnEvaluationStatus Status { get; init; }

    public required string DecisionId { get; init; }

    public required string DecisionName { get; init; }

    public string? FunctioneleStructuurRef { get; init; }

    /// <summary>
    /// The decision's value: for a single-hit table the output of the matching rule (null when none
    /// matched); for COLLECT and the ordered policies a list (or the aggregate); a dictionary by output
    /// name when a single rule has several outputs.
    /// </summary>
    public object? Value { get; init; }

    /// <summary>The rules that gave the value, in the order the hit policy returns them.</summary>
    public IReadOnlyList<DmnHit> Hits { get; init; } = [];

    /// <summary>When answers are missing: the next inputs to ask, by regelgroep and priority.</summary>
    public IReadOnlyList<DmnOpenQuestion> OpenQuestions { get; init; } = [];

    /// <summary>When Failed: what went wrong, in plain words.</summary>
    public string? Problem { get; init; }

    /// <summary>The first output of every hit, as text (for a Conclusie: Vergunningplicht, Toestemmingsvrij, …).</summary>
    public IReadOnlyList<string> Conclusions => Hits.Select(h => h.Value?.ToString()).OfType<string>().ToList();
}
