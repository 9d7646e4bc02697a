namespace ChainHarness.Engine.Preflight;

/// <summary>The preflight section of a run: one check per endpoint of STOP, STTR, STAM and SWF.</summary>
public sealed record PreflightResult(IReadOnlyList<ConnectionCheck> Checks)
{
    /// <summary>The checks that found a connection missing or refused (not those with nothing to check).</summary>
    public IReadOnlyList<ConnectionCheck> Problems =>
        Checks.Where(c => c.Status is ConnectionStatus.NotConnected or ConnectionStatus.CredentialsRefused).ToList();
}
