using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>Follows a run as it goes: the console, the live board and tests listen here.</summary>
public interface IChainObserver
{
    void StepStarted(StepDefinition step) { }

    /// <summary>The step is waiting on something asynchronous (an LVBB verslag, an Ozon sync …).</summary>
    void StepWaiting(StepDefinition step, string onWhat) { }

    void StepFinished(StepDefinition step, StepOutcome outcome) { }
}
