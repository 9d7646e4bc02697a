using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// A step another lane builds, standing in until its branch is merged: passes, optionally after doing
/// what the real step leaves behind (e.g. step 3 publishing an activity to Ozon).
/// </summary>
internal sealed class StandInStep(StepDefinition definition, Action<StepContext>? effect = null) : IChainStep
{
    public StepDefinition Definition { get; } = definition;

    public int Calls { get; private set; }

    public Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        Calls++;
        effect?.Invoke(context);
        return Task.FromResult(StepOutcome.Passed("stand-in for a step built in another lane"));
    }
}
