using System.Collections.Concurrent;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The documents side of Ozon (what Presenteren v8 serves): regelingen with their current version,
/// their regeltekstannotaties, and every OW id published so far (so a later delivery may refer
/// to it). Activities and locations themselves live in <see cref="OzonState"/>.
/// </summary>
public sealed class OzonDocumentState
{
    private readonly ConcurrentDictionary<string, OzonRegeling> _regelingen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OzonRegelAnnotatie> _annotaties = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    public IReadOnlyCollection<OzonRegeling> Regelingen => [.. _regelingen.Values.OrderBy(r => r.WorkId, StringComparer.Ordinal)];

    public IReadOnlyCollection<OzonRegelAnnotatie> Annotaties => [.. _annotaties.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];

    public OzonRegeling? FindRegeling(string workId) => _regelingen.GetValueOrDefault(workId);

    /// <summary>Adds a regeling, or makes <paramref name="regeling"/> its new version.</summary>
    public void Put(OzonRegeling regeling) => _regelingen[regeling.WorkId] = regeling;

    public void Put(OzonRegelAnnotatie annotatie) => _annotaties[annotatie.Id] = annotatie;

    public void Register(IEnumerable<string> owIds)
    {
        foreach (var id in owIds)
        {
            _known[id] = 0;
        }
    }

    public bool IsKnown(string owId) => _known.ContainsKey(owId);
}
