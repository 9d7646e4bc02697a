using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// What the simulated LVBB does on a valid directeMutatieOpdracht: the consolidated regeling changes without a
/// besluit, so nothing goes to officielebekendmakingen.nl. The file the opdracht names in <c>directeMutatie</c> (if
/// any) holds a RegelingMutatie: its <c>wordt</c> becomes the held version and its text is applied. The OW objects go
/// to Ozon as a publication's do (an OW-only directe mutatie, as Geonovum's example, names no file).
/// </summary>
internal static class LvbbDirecteMutatie
{
    /// <summary>The regeling changed; null when the delivery names none.</summary>
    public static string? Carry(SimulatedWorld world, LvbbOpdracht opdracht)
    {
        var delivery = opdracht.Delivery;
        var mutatie = delivery.DirecteMutatie;
        var regeling = delivery.OwManifest?.WorkIdRegeling ?? mutatie?.RegelingWorkIds.FirstOrDefault();
        if (regeling is null)
        {
            return null;
        }

        if (mutatie is not null && world.OzonDocuments.FindRegeling(regeling) is { } current)
        {
            var wordt = mutatie.RegelingExpressionIds.FirstOrDefault(e => AknIds.WorkOf(e) == regeling) ?? current.ExpressionId;
            world.OzonDocuments.Put(current with { ExpressionId = wordt, Versie = current.Versie + 1 });
            foreach (var tekst in mutatie.Mutaties.Where(m => m.RegelingWorkId is null || m.RegelingWorkId == regeling))
            {
                world.OzonDocuments.Apply(regeling, tekst);
            }
        }

        LvbbPublisher.HandToOzon(world, delivery, regeling);
        return regeling;
    }
}
