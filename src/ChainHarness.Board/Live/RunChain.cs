using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Running;

namespace ChainHarness.Board.Live;

/// <summary>Runs the chain once for a scenario, reporting every step to the observer as it goes.</summary>
public delegate Task<ChainResult> RunChain(BoardScenario scenario, IChainObserver observer, CancellationToken cancellationToken);
