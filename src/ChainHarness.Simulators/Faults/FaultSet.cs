namespace ChainHarness.Simulators.Faults;

/// <summary>
/// The faults the simulators inject, by name (F2, F4, …). Thread-safe and switchable while the
/// simulators run, so a coach can break a step live.
/// </summary>
public sealed class FaultSet
{
    private readonly HashSet<string> _active = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public FaultSet(IEnumerable<string>? active = null)
    {
        foreach (var name in active ?? [])
        {
            _active.Add(name);
        }
    }

    public bool IsActive(string name)
    {
        lock (_gate)
        {
            return _active.Contains(name);
        }
    }

    public IReadOnlyList<string> Active
    {
        get
        {
            lock (_gate)
            {
                return [.. _active.Order()];
            }
        }
    }

    public void Enable(string name)
    {
        lock (_gate)
        {
            _active.Add(name);
        }
    }

    public void Disable(string name)
    {
        lock (_gate)
        {
            _active.Remove(name);
        }
    }
}
