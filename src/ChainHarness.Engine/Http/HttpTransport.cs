namespace ChainHarness.Engine.Http;

/// <summary>
/// The network under every HTTP client the engine builds. The default sends as RestSharp would;
/// tests substitute one that routes every host name to a loopback listener, to prove that a
/// refused request never leaves.
/// </summary>
public class HttpTransport
{
    public static HttpTransport Default { get; } = new();

    /// <summary>The handler to send through, given the one RestSharp built (with its client certificates).</summary>
    public virtual HttpMessageHandler Handler(HttpMessageHandler standard) => standard;
}
