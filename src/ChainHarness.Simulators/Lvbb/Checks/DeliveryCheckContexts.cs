using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>The check context of a running world: its today, its LVBB memory, what Ozon holds, the official schema bundles it found.</summary>
public static class DeliveryCheckContexts
{
    public static DeliveryCheckContext For(SimulatedWorld world) => new()
    {
        Today = world.Today,
        IdLeveringUsed = world.Lvbb.IsUsed,
        KnownOwId = id => world.OzonDocuments.IsKnown(id) || world.Ozon.FindActivity(id) is not null || world.Ozon.FindLocation(id) is not null,
        HeldVersion = work => world.OzonDocuments.FindRegeling(work)?.ExpressionId,
        PublishedAnnotations = regeling => [.. world.OzonDocuments.Annotaties.Where(a => a.RegelingWorkId == regeling)],
        Official = OfficialValidation.For(world.Profile.Schemas) is { Bundles.Count: > 0 } official ? official : null,
    };
}
