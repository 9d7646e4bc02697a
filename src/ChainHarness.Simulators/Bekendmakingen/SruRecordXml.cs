using ChainHarness.Simulators.World;
using System.Globalization;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>
/// The SRU 2.0 <c>searchRetrieveResponse</c> of repository.overheid.nl with <c>gzd</c> records
/// ([seen] in several public clients): <c>owmskern</c> (identifier, title, type, language, creator,
/// modified), <c>owmsmantel</c> (issued, available, date, publisher), <c>tpmeta</c> (publicatienaam,
/// publicatienummer, jaargang, product-area) and <c>enrichedData</c> (preferredUrl, itemUrl).
/// The <c>overheidwetgeving</c> namespace URI and the <c>dcterms:type</c> value are [guess].
/// </summary>
public static class SruRecordXml
{
    public static readonly XNamespace Sru = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    public static readonly XNamespace Diag = "http://docs.oasis-open.org/ns/search-ws/diagnostic";
    public static readonly XNamespace Gzd = "http://standaarden.overheid.nl/sru";
    public static readonly XNamespace Owg = "http://standaarden.overheid.nl/wetgeving/";
    public static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";
    public static readonly XNamespace C = "http://standaarden.overheid.nl/collectie/";

    public static string Response(IReadOnlyList<Bekendmaking> all, int start, int maximum, IEnumerable<XElement> diagnostics)
    {
        var page = all.Skip(start - 1).Take(maximum).ToList();
        var root = new XElement(
            Sru + "searchRetrieveResponse",
            new XAttribute(XNamespace.Xmlns + "sru", Sru),
            new XAttribute(XNamespace.Xmlns + "gzd", Gzd),
            new XAttribute(XNamespace.Xmlns + "dcterms", Dcterms),
            new XAttribute(XNamespace.Xmlns + "overheidwetgeving", Owg),
            new XAttribute(XNamespace.Xmlns + "c", C),
            new XElement(Sru + "version", "2.0"),
            new XElement(Sru + "numberOfRecords", all.Count.ToString(CultureInfo.InvariantCulture)),
            page.Count == 0 ? null : new XElement(Sru + "records", page.Select((b, i) => Record(b, start + i))),
            all.Count > start - 1 + page.Count ? new XElement(Sru + "nextRecordPosition", (start + page.Count).ToString(CultureInfo.InvariantCulture)) : null,
            Diagnostics(diagnostics));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>An answer to a query the server cannot run: HTTP 200 with diagnostics and no numberOfRecords ([seen]).</summary>
    public static string Failed(IEnumerable<XElement> diagnostics) =>
        new XDocument(new XElement(Sru + "searchRetrieveResponse", new XAttribute(XNamespace.Xmlns + "sru", Sru), new XElement(Sru + "version", "2.0"), Diagnostics(diagnostics)))
            .ToString(SaveOptions.DisableFormatting);

    public static XElement Diagnostic(string uri, string details, string message) =>
        new(Diag + "diagnostic", new XElement(Diag + "uri", uri), new XElement(Diag + "details", details), new XElement(Diag + "message", message));

    private static XElement? Diagnostics(IEnumerable<XElement> diagnostics)
    {
        var list = diagnostics.ToList();
        return list.Count == 0 ? null : new XElement(Sru + "diagnostics", new XAttribute(XNamespace.Xmlns + "diag", Diag), list);
    }

    private static XElement Record(Bekendmaking b, int position)
    {
        var parts = b.Identificatie.Split('-');
        var (blad, jaar, nummer) = parts.Length >= 3 ? (parts[0], parts[1], parts[^1]) : (b.Identificatie, b.DatumBekendmaking[..4], b.Identificatie);
        var meta = new XElement(
            Owg + "meta",
            new XElement(
                Owg + "owmskern",
                new XElement(Dcterms + "identifier", b.Identificatie),
                new XElement(Dcterms + "title", b.Titel),
                new XElement(Dcterms + "type", new XAttribute("scheme", "OVERHEIDop.Publicatietype"), b.Publicatieblad),
                new XElement(Dcterms + "language", "nl"),
                new XElement(Dcterms + "creator", new XAttribute("scheme", "overheid:Gemeente"), b.Organisatie),
                new XElement(Dcterms + "modified", b.DatumBekendmaking)),
            new XElement(
                Owg + "owmsmantel",
                new XElement(Dcterms + "issued", b.DatumBekendmaking),
                new XElement(Dcterms + "available", b.DatumBekendmaking),
                new XElement(Dcterms + "date", b.DatumBekendmaking),
                new XElement(Dcterms + "publisher", b.Organisatie),
                new XElement(Dcterms + "source", b.Besluit)),
            new XElement(
                Owg + "tpmeta",
                new XElement(Owg + "publicatienaam", b.Publicatieblad),
                new XElement(Owg + "publicatienummer", nummer),
                new XElement(Owg + "jaargang", jaar),
                new XElement(C + "product-area", "officielepublicaties"),
                new XElement(C + "content-area", $"officielepublicaties/{blad}/{jaar}")));
        var gzd = new XElement(
            Gzd + "gzd",
            new XElement(Gzd + "originalData", meta),
            new XElement(
                Gzd + "enrichedData",
                new XElement(Gzd + "preferredUrl", $"https://zoek.officielebekendmakingen.nl/{b.Identificatie}.html"),
                new XElement(Gzd + "itemUrl", new XAttribute("manifestation", "xml"), $"https://repository.overheid.nl/frbr/officielepublicaties/{blad}/{jaar}/{b.Identificatie}/1/xml/{b.Identificatie}.xml")));
        return new XElement(
            Sru + "record",
            new XElement(Sru + "recordSchema", "gzd"),
            new XElement(Sru + "recordXMLEscaping", "xml"),
            new XElement(Sru + "recordData", gzd),
            new XElement(Sru + "recordPosition", position.ToString(CultureInfo.InvariantCulture)));
    }
}
