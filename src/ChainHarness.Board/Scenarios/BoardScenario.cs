using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Scenarios;

/// <summary>
/// What a coach picks on the board: a name, a one-liner in Dutch and English, the simulator
/// faults the run switches on, and the werkplaats finding it shows (none for "alles goed").
/// </summary>
public sealed record BoardScenario(string Key, Bilingual Title, IReadOnlyList<string> Faults, Finding? Finding);
