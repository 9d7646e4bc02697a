using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>Turns the files of a delivery into a <see cref="StopDelivery"/>. Never throws on bad content.</summary>
public static class StopDeliveryReader
{
    public const string OpdrachtFile = "opdracht.xml";
    public const string ManifestFile = "manifest.xml";
    public const string OwManifestFile = "manifest-ow.xml";

    /// <summary>Reads a ZIP; null with the reason when it is no readable ZIP.</summary>
    public static StopDelivery? TryRead(byte[] zip, out string? error) =>
        DeliveryZip.TryRead(zip, out error) is { } files ? Read(files) : null;

    public static StopDelivery Read(IReadOnlyList<DeliveryFile> files)
    {
        var unreadable = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsXml))
        {
            if (SafeXml.TryLoad(file.Content, out var error) is { } document)
            {
                documents[file.Name] = document;
            }
            else
            {
                unreadable[file.Name] = error ?? "unreadable";
            }
        }

        var opdracht = documents.GetValueOrDefault(OpdrachtFile) is { } o ? ReadOpdracht(o) : null;
        var besluit = opdracht?.Publicatie is { } name && documents.GetValueOrDefault(name) is { } b ? BesluitReader.Read(name, b) : null;
        // The file's root may itself be the RegelingMutatie: read it wrapped, so the reader finds it among the descendants.
        var mutatie = opdracht?.DirecteMutatie is { } dm && documents.GetValueOrDefault(dm)?.Root is { } d
            ? BesluitReader.Read(dm, new XDocument(new XElement(d.Name.Namespace + "directeMutatie", new XElement(d))))
            : null;
        return new StopDelivery
        {
            Files = files,
            Unreadable = unreadable,
            Opdracht = opdracht,
            Manifest = documents.GetValueOrDefault(ManifestFile) is { } m ? ReadManifest(m) : null,
            OwManifest = documents.GetValueOrDefault(OwManifestFile) is { } mo ? ReadOwManifest(mo) : null,
            Besluit = besluit,
            DirecteMutatie = mutatie,
            OwObjects = [.. documents.Where(d => OwFileReader.IsOwFile(d.Value)).SelectMany(d => OwFileReader.Read(d.Key, d.Value))],
            Gios = [.. documents.Where(d => GioReader.IsWrapper(d.Value)).Select(d => GioReader.ReadWrapper(d.Key, d.Value))],
            Gmls = [.. documents.Where(d => GioReader.IsGml(d.Value)).Select(d => GioReader.ReadGml(d.Key, d.Value))],
        };
    }

    private static OpdrachtInfo ReadOpdracht(XDocument document)
    {
        var root = document.Root!;
        string? Field(string name) => root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        return new OpdrachtInfo(
            root.Name.LocalName,
            root.Name.NamespaceName,
            Field("idLevering"),
            Field("idBevoegdGezag"),
            Field("idAanleveraar"),
            Field("publicatie"),
            Field("datumBekendmaking"),
            Field("identificatie"),
            Field("directeMutatie"));
    }

    private static List<ManifestEntry> ReadManifest(XDocument document) =>
        [.. document.Root!.Elements(StopNamespaces.Lvbb + "bestand").Select(e => new ManifestEntry(
            e.Element(StopNamespaces.Lvbb + "bestandsnaam")?.Value.Trim() ?? "",
            e.Element(StopNamespaces.Lvbb + "contentType")?.Value.Trim() ?? ""))];

    private static OwManifest ReadOwManifest(XDocument document)
    {
        var ns = StopNamespaces.ManifestOw;
        var aanlevering = document.Root!.Element(ns + "Aanlevering");
        return new OwManifest(
            aanlevering?.Element(ns + "WorkIDRegeling")?.Value.Trim(),
            aanlevering?.Element(ns + "DoelID")?.Value.Trim(),
            [.. (aanlevering?.Elements(ns + "Bestand") ?? []).Select(b => new OwManifestFile(
                b.Element(ns + "naam")?.Value.Trim() ?? "",
                [.. b.Elements(ns + "objecttype").Select(t => t.Value.Trim())]))],
            document.Root!.Elements(ns + "Aanlevering").Count());
    }
}
