namespace ChainHarness.Simulators.Dmn;

/// <summary>A rule that matched: its id and number in the table, its output values, its conclusieToelichting.</summary>
public sealed record DmnHit(string RuleId, int RuleNumber, IReadOnlyList<object?> Outputs, string? Toelichting)
{
    /// <summary>The first output value (the only one in a single-output table).</summary>
    public object? Value => Outputs.Count > 0 ? Outputs[0] : null;
}
