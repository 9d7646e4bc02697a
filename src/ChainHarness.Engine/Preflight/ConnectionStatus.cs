namespace ChainHarness.Engine.Preflight;

/// <summary>What the preflight found for one endpoint of a connection.</summary>
public enum ConnectionStatus
{
    /// <summary>It answered 2xx to the preflight call: connected, and the call with our key or certificate was accepted.</summary>
    Connected,

    /// <summary>It answered, but not 2xx (a 404, a 405, …): reachable, yet that answer proves nothing about our credentials.</summary>
    Reachable,

    /// <summary>No answer: refused connection, reset, timeout, or a server error.</summary>
    NotConnected,

    /// <summary>It answered 401 or 403: the key or certificate is not accepted.</summary>
    CredentialsRefused,

    /// <summary>No URL and no simulator for it in this run: nothing to check.</summary>
    NotConfigured,

    /// <summary>The run was cancelled before it was checked.</summary>
    NotChecked,
}
