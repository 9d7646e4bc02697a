namespace ChainHarness.Simulators.Dmn;

/// <summary>A decision table: its hit policy, input and output columns, and rules in table order.</summary>
public sealed record DmnDecisionTable(
    string Id,
    HitPolicy HitPolicy,
    CollectAggregation Aggregation,
    IReadOnlyList<DmnTableInput> Inputs,
    IReadOnlyList<DmnTableOutput> Outputs,
    IReadOnlyList<DmnRule> Rules)
{
    /// <summary>True for the policies that give one result (UNIQUE, FIRST, PRIORITY, ANY).</summary>
    public bool IsSingleHit => HitPolicy is HitPolicy.Unique or HitPolicy.First or HitPolicy.Priority or HitPolicy.Any;

    public string HitPolicyName => HitPolicy switch
    {
        HitPolicy.RuleOrder => "RULE ORDER",
        HitPolicy.OutputOrder => "OUTPUT ORDER",
        _ => HitPolicy.ToString().ToUpperInvariant(),
    };
}
