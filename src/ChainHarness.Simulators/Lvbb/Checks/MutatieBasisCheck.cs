using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// Every RegelingMutatie in the besluit (or in a directe mutatie's file) changes (<c>was</c>) the version of the regeling the LVBB holds:
/// a change written against a version the LVBB never received (a draft kept in the plan software)
/// cannot be validated or consolidated (finding F8). Regelingen the LVBB holds no version of are not
/// judged here. Simplified: the simulated LVBB knows only the current version of a regeling, where the
/// real one also knows earlier ones.
/// </summary>
internal sealed class MutatieBasisCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        foreach (var besluit in new[] { delivery.Besluit, delivery.DirecteMutatie }.OfType<BesluitInfo>())
        {
            foreach (var melding in Check(delivery, besluit, context))
            {
                yield return melding;
            }
        }
    }

    private static IEnumerable<LvbbMelding> Check(StopDelivery delivery, BesluitInfo besluit, DeliveryCheckContext context)
    {
        if (delivery.File(besluit.FileName) is not { } file || SafeXml.TryLoad(file.Content, out _) is not { } xml)
        {
            yield break;
        }

        foreach (var mutatie in xml.Descendants(StopNamespaces.Tekst + "RegelingMutatie"))
        {
            var was = mutatie.Attribute("was")?.Value.Trim();
            if (was is not { Length: > 0 } || !AknIds.IsRegeling(was) || context.HeldVersion(AknIds.WorkOf(was)) is not { } held || held == was)
            {
                continue;
            }

            yield return Meldingen.Fout(
                MeldingCodes.MutatieVanOnbekendeVersie,
                MeldingSoort.Mutatie,
                $"{besluit.FileName}: de RegelingMutatie wijzigt versie {was} van regeling {AknIds.WorkOf(was)}, maar de LVBB heeft versie {held}: "
                + "een wijziging op een versie die de LVBB nooit ontving is niet te valideren.");
        }
    }
}
