namespace ChainHarness.Engine.Chain;

/// <summary>
/// What a step is: its id (1, 2, 3, 4a, …), its Dutch name as the werkplaats uses it, its lane,
/// the steps it depends on, the system that usually owns a failure, and whether it is one of the
/// steps that close the chain (1–9b).
/// </summary>
public sealed record StepDefinition(
    StepId Id,
    string DutchName,
    string EnglishName,
    Lane Lane,
    IReadOnlyList<StepId> DependsOn,
    string LikelyOwner,
    bool ClosesChain = true);
