namespace ChainHarness.Board.Live;

/// <summary>
/// The chain a board shows: whose it is and how one run goes. The CLI hands in the local chain
/// against the simulators; tests hand in a chain of their own.
/// </summary>
public sealed record BoardChain(string MunicipalityName, string MunicipalityCode, RunChain Run);
