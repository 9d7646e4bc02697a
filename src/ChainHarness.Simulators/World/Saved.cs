using System.Collections.Concurrent;

namespace ChainHarness.Simulators.World;

/// <summary>A copy of one dictionary of world state, to put back exactly as it was.</summary>
internal sealed class Saved<TKey, TValue>(ConcurrentDictionary<TKey, TValue> state)
    where TKey : notnull
{
    private readonly KeyValuePair<TKey, TValue>[] _entries = [.. state];

    public void Restore()
    {
        state.Clear();
        foreach (var (key, value) in _entries)
        {
            state[key] = value;
        }
    }
}
