namespace ChainHarness.Engine.Running;

/// <summary>Where a part of the chain came from in a run.</summary>
public enum PartSource
{
    /// <summary>The harness's own simulator or simulated municipal software.</summary>
    Simulated,

    /// <summary>A recording of earlier exchanges, replayed.</summary>
    Recorded,

    /// <summary>A real endpoint (pre-productie) or the municipality's own software.</summary>
    Real,
}
