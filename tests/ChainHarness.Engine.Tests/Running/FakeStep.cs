using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Tests.Running;

/// <summary>A step whose behaviour a test decides.</summary>
internal sealed class FakeStep(StepDefinition definition, Func<StepContext, CancellationToken, Task<StepOutcome>> behaviour) : IChainStep
{
    public FakeStep(StepDefinition definition, StepOutcome outcome)
        : this(definition, (_, _) => Task.FromResult(outcome))
    {
    }

    public StepDefinition Definition { get; } = definition;

    public int Calls { get; private set; }

    public Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        Calls++;
        return behaviour(context, cancellationToken);
    }

    public static List<FakeStep> AllPassing() =>
        KnownSteps.All.Select(d => new FakeStep(d, StepOutcome.Passed("ok"))).ToList();
}
