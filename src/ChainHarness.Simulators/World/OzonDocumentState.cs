using System.Collections.Concurrent;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The documents side of Ozon (what Presenteren v8 serves): regelingen with their current version,
/// their regeltekstannotaties, and every OW id published so far (so a later delivery may refer
/// to it), and each regeling's consolidated text by article (as far as published changes carried it).
/// Activities and locations themselves live in <see cref="OzonState"/>.
/// </summary>
public sealed class OzonDocumentState
{
    private readonly ConcurrentDictionary<string, OzonRegeling> _regelingen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OzonRegelAnnotatie> _annotaties = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Regeling, string WId), ArtikelTekst> _artikelen = new();

    public IReadOnlyCollection<OzonRegeling> Regelingen => [.. _regelingen.Values.OrderBy(r => r.WorkId, StringComparer.Ordinal)];

    public IReadOnlyCollection<OzonRegelAnnotatie> Annotaties => [.. _annotaties.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];

    public OzonRegeling? FindRegeling(string workId) => _regelingen.GetValueOrDefault(workId);

    /// <summary>Adds a regeling, or makes <paramref name="regeling"/> its new version.</summary>
    public void Put(OzonRegeling regeling) => _regelingen[regeling.WorkId] = regeling;

    public void Put(OzonRegelAnnotatie annotatie) => _annotaties[annotatie.Id] = annotatie;

    /// <summary>Ends a juridische regel (status beëindigen): its annotation no longer shows.</summary>
    public void RemoveAnnotatie(string id) => _annotaties.TryRemove(id, out _);

    /// <summary>The articles of a regeling's consolidated text, in wId order.</summary>
    public IReadOnlyList<ArtikelTekst> Artikelen(string regelingWorkId) =>
        [.. _artikelen.Where(a => a.Key.Regeling == regelingWorkId).Select(a => a.Value).OrderBy(a => a.WId, StringComparer.Ordinal)];

    /// <summary>Applies one text mutation of a published besluit: what it replaces or withdraws goes, what it adds or replaces comes.</summary>
    public void Apply(string regelingWorkId, TekstMutatie mutatie)
    {
        foreach (var key in _artikelen.Keys.Where(k => k.Regeling == regelingWorkId && mutatie.Covers(k.WId)))
        {
            _artikelen.TryRemove(key, out _);
        }

        if (mutatie.Actie != MutatieActie.Verwijder)
        {
            foreach (var artikel in mutatie.Artikelen)
            {
                _artikelen[(regelingWorkId, artikel.WId)] = artikel;
            }
        }
    }

    public void Register(IEnumerable<string> owIds)
    {
        foreach (var id in owIds)
        {
            _known[id] = 0;
        }
    }

    public bool IsKnown(string owId) => _known.ContainsKey(owId);

    /// <summary>Copies of the state, each with the way to put it back (<see cref="PublicationSnapshot"/>).</summary>
    internal Action[] Save() =>
    [
        new Saved<string, OzonRegeling>(_regelingen).Restore, new Saved<string, OzonRegelAnnotatie>(_annotaties).Restore,
        new Saved<string, byte>(_known).Restore, new Saved<(string Regeling, string WId), ArtikelTekst>(_artikelen).Restore,
    ];
}
