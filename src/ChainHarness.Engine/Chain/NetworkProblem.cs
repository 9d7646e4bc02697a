namespace ChainHarness.Engine.Chain;

/// <summary>
/// Why an exchange got no HTTP answer, from the innermost error. Everything but <see cref="TimedOut"/> and
/// <see cref="Other"/> lies on this side (this computer, its network, DNS, proxy or certificates), not at the DSO.
/// </summary>
public enum NetworkProblem
{
    Other,
    TimedOut,
    HostNotFound,
    Refused,
    Offline,
    Proxy,
    Tls,
}
