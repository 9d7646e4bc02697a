using System.Reflection;
using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// The known steps and the implementations found for them. A step is added by adding its folder;
/// the catalog finds every public <see cref="IChainStep"/> with a parameterless constructor.
/// </summary>
public sealed class StepCatalog
{
    private readonly Dictionary<StepId, IChainStep> _implementations;

    public StepCatalog(IEnumerable<IChainStep> implementations)
    {
        _implementations = [];
        foreach (var step in implementations)
        {
            if (!_implementations.TryAdd(step.Definition.Id, step))
            {
                throw new InvalidOperationException(
                    $"Two implementations of step {step.Definition.Id}: {_implementations[step.Definition.Id].GetType().Name} and {step.GetType().Name}.");
            }
        }
    }

    public IReadOnlyList<StepDefinition> Definitions => KnownSteps.All;

    /// <summary>The catalog of every step implemented in the given assemblies (default: the engine's).</summary>
    public static StepCatalog Discover(params Assembly[] assemblies)
    {
        var sources = assemblies.Length == 0 ? [typeof(StepCatalog).Assembly] : assemblies;
        var steps = sources
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IChainStep).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IChainStep)Activator.CreateInstance(t)!);
        return new StepCatalog(steps);
    }

    public IChainStep? Find(StepId id) => _implementations.GetValueOrDefault(id);
}
