using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Http;

namespace ChainHarness.Engine.Texts;

/// <summary>Why no answer came, and what to check when it lies on this side: DNS, the network, a proxy, a certificate.</summary>
public static class NetworkTexts
{
    public static Bilingual Reason(NetworkProblem problem, string? observed) => problem switch
    {
        NetworkProblem.TimedOut => new("geen antwoord binnen de time-out", "timed out"),
        NetworkProblem.HostNotFound => new(
            "de naam van de server is niet gevonden (DNS); controleer de URL in het profiel, of deze computer online is en de DNS- of proxy-instellingen. Dit is geen storing van het DSO",
            "the server's name was not found (DNS); check the URL in the profile, that this computer is online, and its DNS or proxy settings. This is not a DSO outage"),
        NetworkProblem.Refused => new(
            "de verbinding werd geweigerd: op dat adres en die poort luistert niets; controleer URL en poort, en of een firewall of proxy ertussen zit",
            "the connection was refused: nothing listens at that address and port; check the URL and port, and whether a firewall or proxy is in between"),
        NetworkProblem.Offline => new(
            "geen netwerk: deze computer bereikt het adres niet; controleer de netwerkverbinding, VPN en proxy. Dit is geen storing van het DSO",
            "no network: this computer cannot reach the address; check the network connection, VPN and proxy. This is not a DSO outage"),
        NetworkProblem.Proxy => new(
            "de proxy liet de verbinding niet door; controleer HTTPS_PROXY/NO_PROXY en of de proxy het adres toestaat",
            "the proxy did not let the connection through; check HTTPS_PROXY/NO_PROXY and whether the proxy allows the address"),
        NetworkProblem.Tls => new(
            "de beveiligde verbinding (TLS) mislukte; controleer het PKIoverheid-certificaat en of de server het vertrouwt",
            "the secure connection (TLS) failed; check the PKIoverheid certificate and whether the server trusts it"),
        _ => new(
            observed is null ? "geen verbinding" : $"geen verbinding ({observed})",
            observed is null ? "no connection" : $"no connection ({observed})"),
    };

    /// <summary>What a system answered that was not what a step expected: its status and the problem's detail, as observed.</summary>
    public static Bilingual Answered(int status, string? description, string? detail)
    {
        // The reason phrase ("Not Found") is HTTP's English: the Dutch text gives the status code alone.
        var tail = detail is null ? "" : $": {detail}";
        return new($"antwoordde {status}{tail}", $"answered {$"{status} {description}".TrimEnd()}{tail}");
    }

    /// <summary>No answer at all, with why (a time-out, DNS, a refused connection, …).</summary>
    public static Bilingual DidNotAnswer(Bilingual reason) => new($"antwoordde niet ({reason.Dutch})", $"did not answer ({reason.English})");
}
