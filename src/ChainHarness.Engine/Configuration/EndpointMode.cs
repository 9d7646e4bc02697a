namespace ChainHarness.Engine.Configuration;

/// <summary>How a national endpoint is reached.</summary>
public enum EndpointMode
{
    /// <summary>The built-in simulator (default).</summary>
    Simulated,

    /// <summary>A real endpoint (pre-productie only; production hosts are refused).</summary>
    Live,

    /// <summary>
    /// A proxy in front of <see cref="EndpointOptions.BaseUrl"/> (or the simulator when none is set)
    /// that saves every exchange as WireMock mappings under a dated folder, secrets stripped.
    /// </summary>
    Record,

    /// <summary>Serves a recording (<see cref="EndpointOptions.RecordingFolder"/>) instead of the endpoint.</summary>
    Replay,
}
