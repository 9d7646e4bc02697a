using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Stam;

/// <summary>
/// The verzoeknotificatie as XML: root <c>verzoeknotificatie</c> (STAM 4's name for the former trigger, SEEN) carrying
/// the <c>verzoeknummer</c> (SEEN), with <c>doel</c>, <c>bevoegdGezag/oin</c>, <c>uitvoerendeInstantie/oin</c> (element names
/// SEEN in the STAM 4 verzoek), the <c>verzoekreferenties</c> URL and <c>aanmaakdatum</c> (ours). The namespace follows
/// the STAM 4 pattern (<c>…/stam-v4/verzoeknotificatie</c>): a GUESS, since the XSD-verzoeknotificatie is not public.
/// </summary>
public static class VerzoekNotificatieXml
{
    public const string Namespace = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoeknotificatie";

    public const string ContentType = "application/xml";

    private static readonly XNamespace Ns = Namespace;

    public static string Write(string verzoeknummer, string doel, Partij bevoegdGezag, Partij uitvoerendeInstantie, Uri verzoekreferenties, DateTimeOffset aanmaakdatum)
    {
        var root = new XElement(
            Ns + "verzoeknotificatie",
            new XElement(Ns + "verzoeknummer", verzoeknummer),
            new XElement(Ns + "doel", doel),
            Partij("bevoegdGezag", bevoegdGezag),
            Partij("uitvoerendeInstantie", uitvoerendeInstantie),
            new XElement(Ns + "verzoekreferenties", verzoekreferenties.ToString()),
            new XElement(Ns + "aanmaakdatum", aanmaakdatum.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + root;
    }

    /// <summary>The notification's verzoeknummer, doel and verzoekreferenties, or the names of what is missing.</summary>
    public static (string? Verzoeknummer, string? Doel, Uri? Referenties, IReadOnlyList<string> Missing) Read(string xml)
    {
        XElement? root;
        try
        {
            root = XDocument.Parse(xml).Root;
        }
        catch (XmlException)
        {
            return (null, null, null, ["verzoeknotificatie"]);
        }

        if (root is null || root.Name != Ns + "verzoeknotificatie")
        {
            return (null, null, null, ["verzoeknotificatie"]);
        }

        var nummer = Text(root, "verzoeknummer");
        var doel = Text(root, "doel");
        var referenties = Text(root, "verzoekreferenties") is { } r && Uri.TryCreate(r, UriKind.Absolute, out var url) ? url : null;
        var missing = new[] { ("verzoeknummer", nummer is null), ("doel", doel is null), ("verzoekreferenties", referenties is null) }
            .Where(m => m.Item2).Select(m => m.Item1).ToList();
        return (nummer, doel, referenties, missing);
    }

    private static XElement Partij(string name, Partij partij) => new(Ns + name, new XElement(Ns + "oin", partij.Oin), new XElement(Ns + "naam", partij.Naam));

    private static string? Text(XElement root, string name) => root.Element(Ns + name)?.Value is { Length: > 0 } value ? value.Trim() : null;
}
