using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Board.Live;

/// <summary>Runs the chain once for a scenario, reporting every step to the observer as it goes.</summary>
public delegate Task<ChainResult> RunChain(Scenario scenario, IChainObserver observer, CancellationToken cancellationToken);
