using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Simulators.Tests;

/// <summary>Stands in for an earlier step: passes and leaves the captures a later step needs.</summary>
internal sealed class SeededStep(StepDefinition definition, Action<ChainState> seed) : IChainStep
{
    public StepDefinition Definition { get; } = definition;

    public Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        seed(context.State);
        return Task.FromResult(StepOutcome.Passed("seeded"));
    }
}
