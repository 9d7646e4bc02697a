using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// One row of a decision table: an input entry per input column, an output value per output column,
/// and the STTR toelichting of its conclusion (content:conclusieToelichting), when it has one.
/// </summary>
public sealed record DmnRule(string Id, int Number, IReadOnlyList<UnaryTests> InputEntries, IReadOnlyList<object?> Outputs, string? Toelichting);
