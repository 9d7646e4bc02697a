namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Where the bevoegd gezag linked its behandeldienst to the activities in DSO-LV: pre-productie and
/// production are configured separately. The harness only ever runs against pre-productie (or the
/// simulators standing in for it), so routing configured only in production is finding F18: the
/// request lands at the municipality instead of the behandeldienst. Defaults: both configured.
/// </summary>
public sealed class RoutingOptions
{
    /// <summary>Routing configured in pre-productie. Default true.</summary>
    public bool PreProductie { get; set; } = true;

    /// <summary>Routing configured in production. Default true.</summary>
    public bool Productie { get; set; } = true;
}
