namespace ChainHarness.Simulators.Dmn;

/// <summary>An output column: its name (may be empty for a single output), type and allowed values (outputValues).</summary>
public sealed record DmnTableOutput(string Id, string? Name, string? TypeRef, IReadOnlyList<object?>? AllowedValues);
