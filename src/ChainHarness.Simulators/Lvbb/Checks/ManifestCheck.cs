using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>manifest.xml names every file in the ZIP, and every file it names is in the ZIP.</summary>
internal sealed class ManifestCheck : IDeliveryCheck
{
    private const string Soort = "manifest";

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Manifest is not { } manifest)
        {
            if (!delivery.Unreadable.ContainsKey(StopDeliveryReader.ManifestFile))
            {
                yield return Meldingen.Fout(MeldingCodes.ManifestOntbreekt, Soort, "De levering heeft geen manifest.xml.");
            }

            yield break;
        }

        var named = manifest.Select(e => e.Bestandsnaam).ToHashSet(StringComparer.Ordinal);
        foreach (var file in delivery.Files.Where(f => !named.Contains(f.Name)))
        {
            yield return Meldingen.Fout(MeldingCodes.BestandNietInManifest, Soort, $"{file.Name} zit in de levering maar niet in manifest.xml.");
        }

        foreach (var entry in manifest.Where(e => delivery.File(e.Bestandsnaam) is null))
        {
            yield return Meldingen.Fout(MeldingCodes.ManifestBestandOntbreekt, Soort, $"manifest.xml noemt {entry.Bestandsnaam}, dat niet in de levering zit.");
        }
    }
}
