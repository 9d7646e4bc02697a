using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>Writes and reads the opdracht and manifest XML of a delivery (our design, see <see cref="AanleverPakket"/>).</summary>
internal static class AanleverXml
{
    private static readonly XNamespace Ns = AanleverPakket.Namespace;

    public static XElement Opdracht(AanleverOpdracht opdracht) => new(
        Ns + "opdracht",
        new XElement(Ns + "idLevering", opdracht.IdLevering),
        new XElement(Ns + "idBevoegdGezag", opdracht.IdBevoegdGezag),
        opdracht.Bestanden.Select(b => new XElement(
            Ns + "toevoegenToepasbareRegels",
            new XElement(Ns + "type", b.Type.ToString()),
            b.GeldigBegindatum is { } d ? new XElement(Ns + "geldigBegindatum", Date(d)) : null,
            new XElement(Ns + "bestandsnaam", b.Bestandsnaam))),
        opdracht.Werkzaamheden.Select(w => new XElement(
            Ns + "toevoegenWerkzaamheid",
            new XElement(Ns + "naam", w.Naam),
            new XElement(Ns + "functioneleStructuurRef", w.FunctioneleStructuurRef),
            new XElement(Ns + "activiteitRef", w.ActiviteitRef),
            w.GeldigBegindatum is { } d ? new XElement(Ns + "geldigBegindatum", Date(d)) : null)));

    public static XElement Manifest(IEnumerable<string> files) => new(
        Ns + "manifest",
        files.Select(f => new XElement(Ns + "bestand", new XElement(Ns + "bestandsnaam", f), new XElement(Ns + "contentType", AanleverPakket.DmnContentType))));

    public static AanleverOpdracht ReadOpdracht(string xml)
    {
        var root = Load(xml, "opdracht", AanleverException.Opdracht);
        return new AanleverOpdracht(
            Text(root, "idLevering") ?? throw AanleverException.Opdracht("idLevering is missing"),
            Text(root, "idBevoegdGezag") ?? throw AanleverException.Opdracht("idBevoegdGezag is missing"),
            root.Elements(Ns + "toevoegenToepasbareRegels").Select(e => new AanleverBestand(
                Text(e, "bestandsnaam") ?? throw AanleverException.Opdracht("a toevoegenToepasbareRegels has no bestandsnaam"),
                Enum.TryParse<RegelbeheerobjectType>(Text(e, "type"), out var type) ? type : throw AanleverException.Opdracht($"type '{Text(e, "type")}' is not Conclusie, Indieningsvereisten or Maatregelen"),
                ReadDate(Text(e, "geldigBegindatum")))).ToList(),
            root.Elements(Ns + "toevoegenWerkzaamheid").Select(e => new AanleverWerkzaamheid(
                Text(e, "naam") ?? "",
                Text(e, "functioneleStructuurRef") ?? "",
                Text(e, "activiteitRef") ?? "",
                ReadDate(Text(e, "geldigBegindatum")))).ToList());
    }

    public static HashSet<string> ReadManifest(string xml) =>
        Load(xml, "manifest", AanleverException.Manifest).Elements(Ns + "bestand").Select(b => Text(b, "bestandsnaam") ?? "").ToHashSet(StringComparer.Ordinal);

    private static XElement Load(string xml, string root, Func<string, AanleverException> error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), DmnParser.SafeSettings);
            var element = XDocument.Load(reader).Root!;
            return element.Name == Ns + root ? element : throw error($"its root is {element.Name.LocalName} in '{element.Name.NamespaceName}', expected {root} in '{Ns}'");
        }
        catch (XmlException ex)
        {
            throw error($"not well-formed XML ({ex.Message})");
        }
    }

    private static DateOnly? ReadDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw AanleverException.Opdracht($"geldigBegindatum '{text}' is not a date (yyyy-MM-dd)");

    private static string? Text(XElement parent, string name) => parent.Element(Ns + name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
