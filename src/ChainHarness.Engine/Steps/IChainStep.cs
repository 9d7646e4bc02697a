using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// One step's check. Implementations live in a folder of their own under <c>Steps/</c>, have a
/// public parameterless constructor and are found by <see cref="StepCatalog"/>; nothing else in
/// the engine names them. Return an outcome for every expected failure; throw only for misuse.
/// </summary>
public interface IChainStep
{
    StepDefinition Definition { get; }

    Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken);
}
