using ChainHarness.Simulators.Lvbb.Schemas;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// What the checks know beyond the delivery: "today" (from the world's TimeProvider), which
/// idLeveringen a bevoegd gezag already used, which OW ids are already published, which version of
/// each regeling the LVBB holds, and the official schemas when a bundle is configured.
/// </summary>
public sealed record DeliveryCheckContext
{
    public required DateOnly Today { get; init; }

    /// <summary>(idBevoegdGezag, idLevering) → already used.</summary>
    public Func<string, string, bool> IdLeveringUsed { get; init; } = (_, _) => false;

    /// <summary>OW id → already published (in Ozon), so a delivery may refer to it.</summary>
    public Func<string, bool> KnownOwId { get; init; } = _ => false;

    /// <summary>Regeling work → the expression (version) the LVBB holds of it; null when it holds none.</summary>
    public Func<string, string?> HeldVersion { get; init; } = _ => null;

    public StopSchemaValidator? Schemas { get; init; }
}
