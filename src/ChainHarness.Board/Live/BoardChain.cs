using ChainHarness.Engine.Scenarios;

namespace ChainHarness.Board.Live;

/// <summary>
/// The chain a board shows: whose it is, the scenarios a coach can pick (the catalogue's), and how
/// one run goes. The CLI hands in the local chain against the simulators; tests hand in their own.
/// </summary>
public sealed record BoardChain(string MunicipalityName, string MunicipalityCode, IReadOnlyList<Scenario> Scenarios, RunChain Run);
