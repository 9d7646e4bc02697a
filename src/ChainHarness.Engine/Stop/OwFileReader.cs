using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>Reads the OW objects of an IMOW deelbestand (<c>owBestand</c>).</summary>
internal static class OwFileReader
{
    public static bool IsOwFile(XDocument document) =>
        document.Root?.Name == StopNamespaces.OwDeelbestand + "owBestand";

    public static IEnumerable<OwObject> Read(string fileName, XDocument document) =>
        document.Descendants(StopNamespaces.OwDeelbestand + "owObject")
            .Select(wrapper => wrapper.Elements().FirstOrDefault())
            .OfType<XElement>()
            .Select(element => ReadObject(fileName, element));

    private static OwObject ReadObject(string fileName, XElement element)
    {
        var ownId = element.Elements().FirstOrDefault(e => e.Name.LocalName == "identificatie");
        var references = element.Descendants()
            .Where(e => e.Attribute(StopNamespaces.Xlink + "href") is not null)
            .Select(e => new OwReference(e.Name.LocalName, e.Parent?.Name.LocalName ?? "", e.Attribute(StopNamespaces.Xlink + "href")!.Value.Trim()))
            .ToList();
        var nested = element.Descendants()
            .Where(e => e.Name.LocalName == "identificatie" && e != ownId && OwId.LooksLikeOwId(e.Value.Trim()))
            .Select(e => e.Value.Trim())
            .ToList();
        var naam = element.Elements().FirstOrDefault(e => e.Name.LocalName is "naam" or "noemer")?.Value.Trim();
        var status = element.Elements().FirstOrDefault(e => e.Name.LocalName == "status")?.Value.Trim();
        return new OwObject(fileName, element.Name.LocalName, ownId?.Value.Trim(), naam, element.Attribute("wId")?.Value, references, nested) { Status = status };
    }
}
