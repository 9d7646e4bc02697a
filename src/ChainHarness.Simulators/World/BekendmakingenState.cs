using System.Collections.Concurrent;

namespace ChainHarness.Simulators.World;

/// <summary>What officielebekendmakingen.nl lists: every publication the LVBB made in this run.</summary>
public sealed class BekendmakingenState
{
    private readonly ConcurrentDictionary<string, Bekendmaking> _byId = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Bekendmaking> All => [.. _byId.Values.OrderBy(b => b.Identificatie, StringComparer.Ordinal)];

    public void Add(Bekendmaking bekendmaking) => _byId[bekendmaking.Identificatie] = bekendmaking;

    public Bekendmaking? Find(string identificatie) => _byId.GetValueOrDefault(identificatie);

    /// <summary>
    /// The next number in one blad and year (gmb-2026-1, -2, …): one more than the highest listed, so a publication that
    /// was undone or broken off uses up no number. Called under the LVBB's publication gate.
    /// </summary>
    public int NextNumber(string prefix, string year)
    {
        var start = $"{prefix}-{year}-";
        return 1 + _byId.Keys.Where(k => k.StartsWith(start, StringComparison.Ordinal))
            .Select(k => int.TryParse(k.AsSpan(start.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>Publications whose identificatie, besluit work or expression equals the term.</summary>
    public IReadOnlyList<Bekendmaking> Search(string term) =>
        [.. All.Where(b => b.Identificatie == term || b.Besluit == term || b.BesluitExpressie == term)];

    /// <summary>A copy of the state with the way to put it back (<see cref="PublicationSnapshot"/>).</summary>
    internal Action[] Save() => [new Saved<string, Bekendmaking>(_byId).Restore];
}
