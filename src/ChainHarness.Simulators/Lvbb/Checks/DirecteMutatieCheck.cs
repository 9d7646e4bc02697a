using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// A directe mutatie (or its validation) comes with a manifest-ow.xml (LVBB1027) of one Aanlevering (LVBB1601), the file its opdracht names in
/// <c>directeMutatie</c> is in the delivery (CHS-DM-01, ours), and it changes a regeling the LVBB holds a
/// published version of (LVBB1600): a directe mutatie changes what was made known, never what was not.
/// </summary>
internal sealed class DirecteMutatieCheck : IDeliveryCheck
{
    private const string Soort = "directe mutatie";

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Opdracht is not { } opdracht || !LvbbOpdrachtSoort.IsDirecteMutatie(opdracht.Soort))
        {
            yield break;
        }

        if (delivery.OwManifest is null && !delivery.Unreadable.ContainsKey(StopDeliveryReader.OwManifestFile))
        {
            yield return Meldingen.Fout(MeldingCodes.OwManifestVerplicht, Soort, $"Een {opdracht.Soort} moet een manifest-ow.xml hebben.");
        }

        if (delivery.OwManifest is { Aanleveringen: > 1 } manifest)
        {
            yield return Meldingen.Fout(MeldingCodes.DirecteMutatieMeerAanleveringen, Soort, $"De manifest-ow.xml van een directe mutatie mag één Aanlevering hebben, niet {manifest.Aanleveringen}.");
        }

        if (opdracht.DirecteMutatie is { Length: > 0 } name && delivery.File(name) is null)
        {
            yield return Meldingen.Fout(MeldingCodes.DirecteMutatieBestandOntbreekt, Soort, $"De opdracht noemt {name} als de directe mutatie, maar de levering heeft zo'n bestand niet.");
        }

        var regelingen = (delivery.OwManifest?.WorkIdRegeling is { } work ? [work] : Array.Empty<string>())
            .Concat(delivery.DirecteMutatie?.RegelingWorkIds ?? [])
            .Distinct(StringComparer.Ordinal);
        foreach (var regeling in regelingen.Where(r => context.HeldVersion(r) is null))
        {
            yield return Meldingen.Fout(
                MeldingCodes.DirecteMutatieOngepubliceerd,
                Soort,
                $"De directe mutatie wijzigt regeling {regeling}, maar daarvan is bij de LVBB geen versie gepubliceerd; een directe mutatie kan alleen op een regelingversie waarvan het besluit al gepubliceerd is.");
        }
    }
}
