using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>Writes manifest.xml and manifest-ow.xml for the files the plan software exports, as a plan software does.</summary>
internal static class ManifestWriter
{
    public static DeliveryFile Manifest(IEnumerable<DeliveryFile> files)
    {
        var lvbb = StopNamespaces.Lvbb;
        var names = files.Select(f => f.Name).Append(StopDeliveryReader.ManifestFile).Distinct(StringComparer.Ordinal);
        var document = new XDocument(new XElement(
            lvbb + "manifest",
            names.Select(n => new XElement(
                lvbb + "bestand",
                new XElement(lvbb + "bestandsnaam", n),
                new XElement(lvbb + "contentType", n.EndsWith(".gml", StringComparison.Ordinal) ? "application/gml+xml" : "application/xml")))));
        return new DeliveryFile(StopDeliveryReader.ManifestFile, Bytes(document));
    }

    public static DeliveryFile OwManifest(string workIdRegeling, string doelId, IEnumerable<DeliveryFile> owFiles)
    {
        var ns = StopNamespaces.ManifestOw;
        var document = new XDocument(new XElement(
            ns + "Aanleveringen",
            new XElement(ns + "domein", "omgevingswet"),
            new XElement(
                ns + "Aanlevering",
                new XElement(ns + "WorkIDRegeling", workIdRegeling),
                new XElement(ns + "DoelID", doelId),
                owFiles.Select(f => new XElement(
                    ns + "Bestand",
                    new XElement(ns + "naam", f.Name),
                    ObjectTypes(f).Select(t => new XElement(ns + "objecttype", t)))))));
        return new DeliveryFile(StopDeliveryReader.OwManifestFile, Bytes(document));
    }

    public static byte[] Bytes(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    private static IEnumerable<string> ObjectTypes(DeliveryFile owFile) =>
        SafeXml.Load(owFile.Content)
            .Descendants(StopNamespaces.OwDeelbestand + "owObject")
            .Select(o => o.Elements().First().Name.LocalName)
            .Distinct(StringComparer.Ordinal);
}
