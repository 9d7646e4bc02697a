using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Running;

/// <summary>Follows a run as it goes: the console, the live board and tests listen here.</summary>
public interface IChainObserver
{
    /// <summary>The preflight ran, before step 1: the four connections and what was seen.</summary>
    void PreflightDone(Preflight.PreflightResult preflight) { }

    void StepStarted(StepDefinition step) { }

    /// <summary>The step is waiting on something asynchronous (an LVBB verslag, an Ozon sync …).</summary>
    void StepWaiting(StepDefinition step, string onWhat) { }

    /// <summary>The step waits on <paramref name="onWhat"/> until <paramref name="until"/> at the latest (its deadline): a countdown can show the time left.</summary>
    void StepWaiting(StepDefinition step, string onWhat, DateTimeOffset until) => StepWaiting(step, onWhat);

    void StepFinished(StepDefinition step, StepOutcome outcome) { }
}
