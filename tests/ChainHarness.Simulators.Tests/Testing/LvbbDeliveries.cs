using System.Text;
using System.Xml.Linq;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// Opdrachten of the other LVBB services, built as a supplier would from Testdorp's change: a directe mutatie (the
/// change's RegelingMutatie as its <c>directeMutatie</c> file, with its OW files; no besluit) and a breekPublicatieAf.
/// </summary>
internal static class LvbbDeliveries
{
    public const string MutatieFile = "directe-mutatie.xml";

    private static readonly XNamespace Lvbb = StopNamespaces.Lvbb;

    /// <summary>Testdorp's change as a directe mutatie of the omgevingsplan Testdorp holds (or of <paramref name="regeling"/>).</summary>
    public static byte[] DirecteMutatie(SimulatedWorld world, string idLevering, string soort = LvbbOpdrachtSoort.DirecteMutatie, string? regeling = null)
    {
        var files = DeliveryEdits.Testdorp(world, idLevering);
        var publicatie = StopDeliveryReader.Read(files).Opdracht!.Publicatie!;
        var besluit = XDocument.Parse(files.Text(publicatie));
        var mutatie = besluit.Descendants(StopNamespaces.Tekst + "RegelingMutatie").Single();
        var kept = files.Where(f => f.Name != publicatie && f.Name != StopDeliveryReader.OpdrachtFile && f.Name != StopDeliveryReader.ManifestFile).ToList();
        if (regeling is not null)
        {
            kept = kept.Edit(StopDeliveryReader.OwManifestFile, x => System.Text.RegularExpressions.Regex.Replace(x, "<WorkIDRegeling>[^<]+", "<WorkIDRegeling>" + regeling));
        }

        kept.Add(new DeliveryFile(MutatieFile, Encoding.UTF8.GetBytes(new XDocument(mutatie).ToString())));
        kept.Add(Opdracht(soort, idLevering, world.Profile.Municipality.Oin, new XElement(Lvbb + "directeMutatie", MutatieFile)));
        return Zip(kept);
    }

    /// <summary>A breekPublicatieAfOpdracht for the besluit <paramref name="besluitWork"/>: opdracht.xml and manifest.xml only.</summary>
    public static byte[] Afbreken(string idLevering, string oin, string besluitWork) =>
        Zip([Opdracht(LvbbOpdrachtSoort.BreekPublicatieAf, idLevering, oin, new XElement(Lvbb + "identificatie", besluitWork))]);

    /// <summary>Testdorp's change as a publicatieOpdracht with this idLevering.</summary>
    public static byte[] Publicatie(SimulatedWorld world, string idLevering) => DeliveryZip.Write(DeliveryEdits.Testdorp(world, idLevering));

    private static DeliveryFile Opdracht(string soort, string idLevering, string oin, XElement last) =>
        new(StopDeliveryReader.OpdrachtFile, ManifestWriter.Bytes(new XDocument(new XElement(
            Lvbb + soort,
            new XElement(Lvbb + "idLevering", idLevering),
            new XElement(Lvbb + "idBevoegdGezag", oin),
            new XElement(Lvbb + "idAanleveraar", oin),
            last))));

    private static byte[] Zip(List<DeliveryFile> files) => DeliveryZip.Write([.. files, ManifestWriter.Manifest(files)]);
}
