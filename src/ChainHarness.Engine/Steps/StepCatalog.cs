using System.Reflection;
using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// The known steps and the implementations found for them. A step is added by adding its folder;
/// <see cref="KnownSteps"/> finds every public <see cref="IChainStep"/> with a parameterless constructor.
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

    /// <summary>The catalog of every known step (default), or of the steps implemented in the given assemblies.</summary>
    public static StepCatalog Discover(params Assembly[] assemblies) =>
        new(assemblies.Length == 0
            ? KnownSteps.CreateImplementations()
            : assemblies.SelectMany(KnownSteps.StepTypes).Select(t => (IChainStep)Activator.CreateInstance(t)!));

    public IChainStep? Find(StepId id) => _implementations.GetValueOrDefault(id);
}
