using System.Collections.Concurrent;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// The simulated LVBB's CPA register: per bronhouder OIN its endpoint and LVBB version, and a log of the answer
/// messages sent (or why they could not be delivered). Endpoints are loopback only: nothing leaves the machine.
/// </summary>
public sealed class EbmsParties
{
    /// <summary>The simulated LVBB's own party id (KOOP's real one is not public; GUESS).</summary>
    public const string LvbbOin = "00000000000000990001";

    private readonly ConcurrentDictionary<string, EbmsParty> _parties = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EbmsDelivery> _sent = new();

    public IReadOnlyList<EbmsDelivery> Sent => [.. _sent];

    /// <summary>Registers a party; null when accepted, else why not.</summary>
    public string? Register(string oin, Uri endpoint, string? versie)
    {
        if (oin.Length != 20 || !oin.All(char.IsAsciiDigit))
        {
            return $"'{oin}' is not an OIN (20 digits).";
        }

        if (!endpoint.IsLoopback || endpoint.Scheme is not ("http" or "https"))
        {
            return $"The endpoint {endpoint} is not an http(s) address on this machine; the simulator only answers on loopback.";
        }

        var lvbbVersie = versie ?? LvbbVerzoek.Versie130;
        if (lvbbVersie is not (LvbbVerzoek.Versie120 or LvbbVerzoek.Versie130))
        {
            return $"lvbbVersie '{lvbbVersie}' is not {LvbbVerzoek.Versie120} or {LvbbVerzoek.Versie130}.";
        }

        _parties[oin] = new EbmsParty(oin, endpoint, lvbbVersie);
        return null;
    }

    public EbmsParty? Find(string oin) => _parties.GetValueOrDefault(oin);

    internal void Log(EbmsDelivery delivery) => _sent.Enqueue(delivery);
}
