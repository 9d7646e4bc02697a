using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// A decision: its id and name (the variable name other tables use), the STTR functioneleStructuurRef
/// when it is the entry point of a rule set, what it requires, and its logic.
/// </summary>
public sealed record DmnDecision(
    string Id,
    string Name,
    string? TypeRef,
    string? FunctioneleStructuurRef,
    IReadOnlyList<string> RequiredInputIds,
    IReadOnlyList<string> RequiredDecisionIds,
    DmnDecisionLogic Logic,
    DmnDecisionTable? Table,
    string? LiteralText);
