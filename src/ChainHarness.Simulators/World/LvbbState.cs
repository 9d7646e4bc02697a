namespace ChainHarness.Simulators.World;

/// <summary>The simulated LVBB's memory: every opdracht taken in, unique per bevoegd gezag and idLevering.</summary>
public sealed class LvbbState
{
    private readonly Dictionary<(string Bg, string Id), LvbbOpdracht> _opdrachten = [];
    private readonly List<LvbbOpdracht> _inOrder = [];
    private readonly Lock _gate = new();
    private int _bekendmakingen;

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

    /// <summary>The next number in the official gazette (gmb-2026-1, -2, …).</summary>
    public int NextBekendmaking() => Interlocked.Increment(ref _bekendmakingen);
}
