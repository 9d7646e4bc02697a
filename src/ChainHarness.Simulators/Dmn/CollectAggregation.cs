namespace ChainHarness.Simulators.Dmn;

/// <summary>The aggregation of a COLLECT table (DMN's aggregation attribute).</summary>
public enum CollectAggregation
{
    None,
    Sum,
    Count,
    Min,
    Max,
}
