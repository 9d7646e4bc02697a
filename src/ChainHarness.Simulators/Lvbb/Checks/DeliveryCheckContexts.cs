using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>The check context of a running world: its today, its LVBB memory, what Ozon holds, its schema bundle.</summary>
public static class DeliveryCheckContexts
{
    public static DeliveryCheckContext For(SimulatedWorld world) => new()
    {
        Today = world.Today,
        IdLeveringUsed = world.Lvbb.IsUsed,
        KnownOwId = id => world.OzonDocuments.IsKnown(id) || world.Ozon.FindActivity(id) is not null || world.Ozon.FindLocation(id) is not null,
        HeldVersion = work => world.OzonDocuments.FindRegeling(work)?.ExpressionId,
        Schemas = world.Profile.Schemas.StopTpod is { } bundle ? StopSchemaValidator.For(bundle) : null,
    };
}
