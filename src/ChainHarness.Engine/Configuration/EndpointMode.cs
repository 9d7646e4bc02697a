namespace ChainHarness.Engine.Configuration;

/// <summary>How a national endpoint is reached.</summary>
public enum EndpointMode
{
    /// <summary>The built-in simulator (default).</summary>
    Simulated,

    /// <summary>A real endpoint (pre-productie only; production hosts are refused).</summary>
    Live,
}
