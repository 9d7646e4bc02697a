namespace ChainHarness.Engine.Preflight;

/// <summary>What the preflight found for one endpoint of a connection.</summary>
public enum ConnectionStatus
{
    /// <summary>It answered, and did not refuse our key or certificate.</summary>
    Connected,

    /// <summary>No answer: refused connection, reset, timeout, or a server error.</summary>
    NotConnected,

    /// <summary>It answered 401 or 403: the key or certificate is not accepted.</summary>
    CredentialsRefused,

    /// <summary>No URL and no simulator for it in this run: nothing to check.</summary>
    NotConfigured,

    /// <summary>The run was cancelled before it was checked.</summary>
    NotChecked,
}
