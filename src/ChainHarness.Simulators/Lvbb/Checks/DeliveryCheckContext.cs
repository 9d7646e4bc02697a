using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// What the checks know beyond the delivery: "today" (from the world's TimeProvider), which
/// idLeveringen a bevoegd gezag already used, which OW ids and annotations are already published, which
/// version of each regeling the LVBB holds, and the official schemas (XSD and Schematron) when the bundles are found.
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

    /// <summary>Regeling (AKN work) → the regeltekstannotaties Ozon shows for it, so an intrekking can be checked against them.</summary>
    public Func<string, IReadOnlyList<OzonRegelAnnotatie>> PublishedAnnotations { get; init; } = _ => [];

    /// <summary>One XSD bundle to validate against, whatever the delivery declares (tests); else <see cref="Official"/>'s.</summary>
    public StopSchemaValidator? Schemas { get; init; }

    /// <summary>The official XSD + Schematron validation when the bundles are found; null: the simulator's own checks only.</summary>
    public OfficialValidation? Official { get; init; }
}
