using System.Reflection;
using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// The steps of the chain, discovered rather than listed: every public <see cref="IChainStep"/> with a
/// parameterless constructor in the engine and in each assembly given to <see cref="Register(Assembly)"/>,
/// plus steps registered for the current flow only (<see cref="RegisterForFlow"/>: tests, a plug-in run).
/// Each step declares its own <see cref="StepDefinition"/> in its folder; this is the one list the runner,
/// the reports, the chain picture and the <c>steps</c> command read, in chain order (by id; every step
/// after the steps it depends on).
/// </summary>
public static class KnownSteps
{
    private static readonly Lock Gate = new();
    private static readonly List<Assembly> Sources = [typeof(KnownSteps).Assembly];
    private static readonly AsyncLocal<IReadOnlyList<IChainStep>?> FlowSteps = new();
    private static (IReadOnlyList<Type> Types, IReadOnlyList<StepDefinition> Definitions)? _discovered;

    /// <summary>All steps, in chain order.</summary>
    public static IReadOnlyList<StepDefinition> All =>
        FlowSteps.Value is { } extra ? Ordered([.. Discovered.Definitions, .. extra.Select(s => s.Definition)]) : Discovered.Definitions;

    /// <summary>The step with this id; throws for an id no step has.</summary>
    public static StepDefinition Get(StepId id) =>
        Find(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such step.");

    /// <summary>The step with this id, or null.</summary>
    public static StepDefinition? Find(StepId id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>Adds the steps of another assembly to every run of this process.</summary>
    public static void Register(Assembly assembly)
    {
        lock (Gate)
        {
            if (!Sources.Contains(assembly))
            {
                Sources.Add(assembly);
                _discovered = null;
            }
        }
    }

    /// <summary>Adds steps for the current flow (this async context and what it starts) until the result is disposed.</summary>
    public static IDisposable RegisterForFlow(params IChainStep[] steps)
    {
        var before = FlowSteps.Value;
        IReadOnlyList<IChainStep> now = [.. before ?? [], .. steps];
        _ = Ordered([.. Discovered.Definitions, .. now.Select(s => s.Definition)]);
        FlowSteps.Value = now;
        return new FlowRegistration(() => FlowSteps.Value = before);
    }

    /// <summary>A fresh instance of every known step (discovered types, then the flow's own).</summary>
    public static IEnumerable<IChainStep> CreateImplementations() =>
        [.. Discovered.Types.Select(t => (IChainStep)Activator.CreateInstance(t)!), .. FlowSteps.Value ?? []];

    private static (IReadOnlyList<Type> Types, IReadOnlyList<StepDefinition> Definitions) Discovered
    {
        get
        {
            lock (Gate)
            {
                if (_discovered is null)
                {
                    var types = Sources.SelectMany(StepTypes).ToList();
                    _discovered = (types, Ordered([.. types.Select(t => ((IChainStep)Activator.CreateInstance(t)!).Definition)]));
                }

                return _discovered.Value;
            }
        }
    }

    /// <summary>The public step types of an assembly with a parameterless constructor.</summary>
    public static IEnumerable<Type> StepTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => t is { IsAbstract: false, IsInterface: false }
            && typeof(IChainStep).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null);

    private static IReadOnlyList<StepDefinition> Ordered(IReadOnlyList<StepDefinition> steps)
    {
        var ordered = steps.OrderBy(s => s.Id).ToList();
        var ids = new HashSet<StepId>();
        foreach (var step in ordered)
        {
            if (step.DependsOn.Where(d => !ids.Contains(d)).Select(d => (StepId?)d).FirstOrDefault() is { } missing)
            {
                throw new InvalidOperationException($"Step {step.Id} depends on step {missing}, which is not a known step before it.");
            }

            if (!ids.Add(step.Id))
            {
                throw new InvalidOperationException($"Two steps have id {step.Id}.");
            }
        }

        return ordered;
    }
}
