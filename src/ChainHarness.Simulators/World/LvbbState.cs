using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.World;

/// <summary>The simulated LVBB's memory: every opdracht taken in, unique per bevoegd gezag and idLevering.</summary>
public sealed class LvbbState
{
    private readonly Dictionary<(string Bg, string Id), LvbbOpdracht> _opdrachten = [];
    private readonly List<LvbbOpdracht> _inOrder = [];
    private readonly Lock _gate = new();
    private readonly List<LvbbOpdracht> _changes = [];

    /// <summary>Held while one publication changes the world: publications are atomic and one at a time.</summary>
    public Lock PublicationGate { get; } = new();

    public IReadOnlyList<LvbbOpdracht> Opdrachten
    {
        get
        {
            lock (_gate)
            {
                return [.. _inOrder];
            }
        }
    }

    public bool IsUsed(string idBevoegdGezag, string idLevering)
    {
        lock (_gate)
        {
            return _opdrachten.ContainsKey((idBevoegdGezag, idLevering));
        }
    }

    /// <summary>False when this bevoegd gezag already used the idLevering.</summary>
    public bool TryAdd(LvbbOpdracht opdracht)
    {
        lock (_gate)
        {
            if (!_opdrachten.TryAdd((opdracht.IdBevoegdGezag, opdracht.IdLevering), opdracht))
            {
                return false;
            }

            _inOrder.Add(opdracht);
            return true;
        }
    }

    /// <summary>The latest opdracht with this idLevering (the REST facade's paths carry no bevoegd gezag).</summary>
    public LvbbOpdracht? Find(string idLevering)
    {
        lock (_gate)
        {
            return _inOrder.LastOrDefault(o => o.IdLevering == idLevering);
        }
    }

    /// <summary>The opdracht whose change to the world (a publication or directe mutatie) is the latest one still standing.</summary>
    public LvbbOpdracht? LastChange
    {
        get
        {
            lock (_gate)
            {
                return _changes.LastOrDefault();
            }
        }
    }

    /// <summary>A published (not broken off) publicatieOpdracht of this besluit (AKN work), the latest if several.</summary>
    public LvbbOpdracht? FindPublication(string besluitWork)
    {
        lock (_gate)
        {
            return _changes.LastOrDefault(o => o.Soort == LvbbOpdrachtSoort.Publicatie && o.Delivery.Besluit?.WorkId == besluitWork);
        }
    }

    /// <summary>Called under <see cref="PublicationGate"/> when an opdracht changed the world, with the world as it was before.</summary>
    public void Changed(LvbbOpdracht opdracht, PublicationSnapshot before)
    {
        opdracht.Before = before;
        lock (_gate)
        {
            _changes.Add(opdracht);
        }
    }

    /// <summary>Called under <see cref="PublicationGate"/>: undoes the latest change (the world goes back to before it).</summary>
    public void Undo(LvbbOpdracht opdracht)
    {
        lock (_gate)
        {
            if (_changes.LastOrDefault() != opdracht || opdracht.Before is null)
            {
                throw new InvalidOperationException($"Only the latest change can be undone, not {opdracht.IdLevering}.");
            }

            _changes.RemoveAt(_changes.Count - 1);
        }

        opdracht.Before.Restore();
        opdracht.Afgebroken = true;
    }

    /// <summary>Reads what the LVBB made known (Ozon, the bekendmakingen) never halfway through a publication.</summary>
    public T ReadPublished<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (PublicationGate)
        {
            return read();
        }
    }
}
