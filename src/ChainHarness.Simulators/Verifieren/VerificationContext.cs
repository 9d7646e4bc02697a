using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// A parsed file under verification, with what the caller said about it: the regelbeheerobject type
/// (else inferred) and the OW activity it must belong to (optional).
/// </summary>
public sealed record VerificationContext(DmnModel Model, RegelbeheerobjectType? Type, string? ActivityId)
{
    /// <summary>
    /// A Conclusie when the caller says so, or when a top decision is named like one or its output
    /// may only take conclusion values.
    /// </summary>
    public bool IsConclusie => Type is { } type
        ? type == RegelbeheerobjectType.Conclusie
        : Model.TopDecisions.Any(d =>
            d.Name.Contains("Conclusie", StringComparison.OrdinalIgnoreCase)
            || (d.FunctioneleStructuurRef?.Contains("Conclusie", StringComparison.OrdinalIgnoreCase) ?? false)
            || d.Table?.Outputs.FirstOrDefault()?.AllowedValues is { Count: > 0 } values && values.All(SttrConclusies.IsConclusie));

    public bool IsTop(DmnDecision decision) => Model.TopDecisions.Contains(decision);
}
