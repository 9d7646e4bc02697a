using System.Collections.Concurrent;

namespace ChainHarness.Simulators.World;

/// <summary>What officielebekendmakingen.nl lists: every publication the LVBB made in this run.</summary>
public sealed class BekendmakingenState
{
    private readonly ConcurrentDictionary<string, Bekendmaking> _byId = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Bekendmaking> All => [.. _byId.Values.OrderBy(b => b.Identificatie, StringComparer.Ordinal)];

    public void Add(Bekendmaking bekendmaking) => _byId[bekendmaking.Identificatie] = bekendmaking;

    public Bekendmaking? Find(string identificatie) => _byId.GetValueOrDefault(identificatie);

    /// <summary>Publications whose identificatie, besluit work or expression equals the term.</summary>
    public IReadOnlyList<Bekendmaking> Search(string term) =>
        [.. All.Where(b => b.Identificatie == term || b.Besluit == term || b.BesluitExpressie == term)];

    /// <summary>A copy of the state with the way to put it back (<see cref="PublicationSnapshot"/>).</summary>
    internal Action[] Save() => [new Saved<string, Bekendmaking>(_byId).Restore];
}
