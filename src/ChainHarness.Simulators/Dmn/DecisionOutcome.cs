namespace ChainHarness.Simulators.Dmn;

/// <summary>The value of one decision or input during an evaluation: known, pending on questions, or failed.</summary>
internal sealed record DecisionOutcome(DmnEvaluationStatus Status, object? Value, IReadOnlyList<DmnHit> Hits, IReadOnlyList<DmnOpenQuestion> Open, string? Problem)
{
    public bool IsKnown => Status == DmnEvaluationStatus.Concluded;

    public bool IsPending => Status == DmnEvaluationStatus.NeedsAnswers;

    public static DecisionOutcome Known(object? value, IReadOnlyList<DmnHit>? hits = null) =>
        new(DmnEvaluationStatus.Concluded, value, hits ?? [], [], null);

    public static DecisionOutcome Pending(IEnumerable<DmnOpenQuestion> open) =>
        new(DmnEvaluationStatus.NeedsAnswers, null, [], Order(open), null);

    public static DecisionOutcome Failure(string problem) =>
        new(DmnEvaluationStatus.Failed, null, [], [], problem);

    private static List<DmnOpenQuestion> Order(IEnumerable<DmnOpenQuestion> open) =>
        open.DistinctBy(q => q.InputId).OrderBy(q => q.SortKey).ToList();
}
