using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// OW files come with a manifest-ow.xml that lists each of them (and only files in the delivery),
/// and whose WorkIDRegeling is a regeling the besluit establishes, changes or withdraws.
/// </summary>
internal sealed class OwManifestCheck : IDeliveryCheck
{
    private const string Soort = "manifest-OW";

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        var owFiles = delivery.OwObjects.Select(o => o.File).Distinct().ToList();
        if (delivery.OwManifest is not { } manifest)
        {
            if (owFiles.Count > 0 && !delivery.Unreadable.ContainsKey(StopDeliveryReader.OwManifestFile))
            {
                yield return Meldingen.Fout(MeldingCodes.OwManifestOntbreekt, Soort, $"De levering heeft OW-bestanden ({string.Join(", ", owFiles)}) maar geen manifest-ow.xml.");
            }

            yield break;
        }

        var listed = manifest.Files.Select(f => f.Naam).ToHashSet(StringComparer.Ordinal);
        foreach (var name in listed.Where(n => delivery.File(n) is null))
        {
            yield return Meldingen.Fout(MeldingCodes.OwManifestBestandOntbreekt, Soort, $"manifest-ow.xml noemt {name}, dat niet in de levering zit.");
        }

        foreach (var file in owFiles.Where(f => !listed.Contains(f)))
        {
            yield return Meldingen.Fout(MeldingCodes.OwBestandNietInOwManifest, Soort, $"OW-bestand {file} staat niet in manifest-ow.xml.");
        }

        if (manifest.WorkIdRegeling is { } work && delivery.Besluit is { } besluit && !besluit.RegelingWorkIds.Contains(work))
        {
            var named = besluit.RegelingWorkIds.Count == 0 ? "geen regeling" : string.Join(", ", besluit.RegelingWorkIds);
            yield return Meldingen.Fout(MeldingCodes.WorkIdRegelingNietInBesluit, Soort, $"De WorkIDRegeling {work} in manifest-ow.xml is geen regeling van het besluit {besluit.FileName} (dat {named} noemt).");
        }
    }
}
