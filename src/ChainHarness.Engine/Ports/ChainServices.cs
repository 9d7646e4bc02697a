using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Ports;

/// <summary>
/// The municipal-side drivers (ports) a run has: plan software, rules software, VTH system, …
/// keyed by their interface. Filled by whoever composes the run (the simulators, or a supplier's
/// HTTP driver).
/// </summary>
public sealed class ChainServices
{
    private readonly Dictionary<Type, object> _services = [];

    public ChainServices Add<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    /// <summary>The drivers that log their own exchanges, each once.</summary>
    public IEnumerable<Evidence.IEvidenceSource> EvidenceSources => _services.Values.OfType<Evidence.IEvidenceSource>().Distinct();

    public T? Find<T>()
        where T : class => _services.GetValueOrDefault(typeof(T)) as T;

    /// <summary>The driver of type T; throws a wiring error naming the driver when it is missing.</summary>
    public T Require<T>()
        where T : class =>
        Find<T>() ?? throw new InvalidOperationException(
            $"No {typeof(T).Name} driver is configured for this run. The profile must name how this part of the municipality's software is driven (simulated, http or observe).");
}
