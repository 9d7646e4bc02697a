namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>What one profile of a sweep came to.</summary>
public enum SweepVerdict
{
    /// <summary>Every selected step passed or does not apply.</summary>
    Passed,

    /// <summary>A selected step failed, was skipped, is not built or was not run; or the profile could not run at all.</summary>
    Failed,

    /// <summary>The sweep was stopped (Ctrl-C) before this profile finished.</summary>
    Cancelled,
}
