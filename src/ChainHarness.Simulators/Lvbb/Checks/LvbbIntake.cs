using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// Taking in a delivery ZIP, whichever way it came (our HTTP upload or the ebMS bronhouderkoppelvlak): read it,
/// run the intake checks, keep it in the world unless a fout blocks it or its idLevering was used. The caller
/// schedules the processing.
/// </summary>
internal static class LvbbIntake
{
    /// <summary>The opdracht taken in; or null with the meldingen that refused it (and the idLevering when known).</summary>
    public static (LvbbOpdracht? Taken, string? IdLevering, IReadOnlyList<LvbbMelding> Refusal) TakeIn(SimulatedWorld world, byte[] zip)
    {
        if (StopDeliveryReader.TryRead(zip, out var error) is not { } delivery)
        {
            return (null, null, [new LvbbMelding(MeldingCodes.ZipOnleesbaar, MeldingErnst.Fout, "levering", $"De body is geen ZIP met een levering: {error}")]);
        }

        var context = DeliveryCheckContexts.For(world);
        var intake = DeliveryValidator.Intake(delivery, context);
        var opdracht = delivery.Opdracht;
        if (intake.Any(m => m.IsFout) || opdracht is null)
        {
            return (null, opdracht?.IdLevering, intake);
        }

        var taken = new LvbbOpdracht
        {
            IdLevering = opdracht.IdLevering!,
            IdBevoegdGezag = opdracht.IdBevoegdGezag!,
            Soort = opdracht.Soort,
            OntvangenOp = world.Time.GetUtcNow(),
            Delivery = delivery,
            Meldingen = [.. intake, .. DeliveryValidator.Content(delivery, context)],
        };
        return world.Lvbb.TryAdd(taken)
            ? (taken, taken.IdLevering, [])
            : (null, taken.IdLevering, [.. new IdLeveringCheck().Check(delivery, context with { IdLeveringUsed = (_, _) => true })]);
    }
}
