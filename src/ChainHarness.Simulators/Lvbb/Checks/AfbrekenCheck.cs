using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// A breekPublicatieAfOpdracht carries no manifest-ow.xml (LVBB1028) and names the besluit it breaks off by its
/// AKN, a <c>bill</c> (LVBB1502). Whether that publication exists and may still be broken off is decided when the
/// opdracht is carried out (LvbbAfbreker), as the world may change in between.
/// </summary>
internal sealed class AfbrekenCheck : IDeliveryCheck
{
    private const string Soort = "afbreken";

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Opdracht is not { Soort: LvbbOpdrachtSoort.BreekPublicatieAf } opdracht)
        {
            yield break;
        }

        if (delivery.File(StopDeliveryReader.OwManifestFile) is not null)
        {
            yield return Meldingen.Fout(MeldingCodes.OwManifestVerboden, Soort, "Een breekPublicatieAfOpdracht mag geen manifest-ow.xml hebben.");
        }

        if (opdracht.Identificatie is { Length: > 0 } akn && akn.Split('/', StringSplitOptions.RemoveEmptyEntries) is not [_, _, "bill", ..])
        {
            yield return Meldingen.Fout(MeldingCodes.AknGeenBill, Soort, $"De identificatie '{akn}' is geen AKN van een besluit (derde veld 'bill').");
        }
    }
}
