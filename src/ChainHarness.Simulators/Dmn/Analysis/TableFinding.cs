namespace ChainHarness.Simulators.Dmn.Analysis;

/// <summary>
/// One gap, overlap or conflict in a decision table, with the rules involved and an example of
/// answers that shows it (<see cref="Witness"/>), already described in plain words.
/// </summary>
public sealed record TableFinding(
    TableFindingKind Kind,
    string DecisionId,
    string DecisionName,
    HitPolicy HitPolicy,
    IReadOnlyList<int> Rules,
    string Witness,
    string Description);
