namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// A column of a decision table. <see cref="Expression"/> names the inputData or decision it reads
/// (STTR files always use a plain name); <see cref="AllowedValues"/> comes from inputValues, when given.
/// </summary>
public sealed record DmnTableInput(string Id, string? Label, string Expression, string? TypeRef, IReadOnlyList<object?>? AllowedValues);
