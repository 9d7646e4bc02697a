using ChainHarness.Engine.Loket;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>Writes and reads the opdracht and manifest XML of a delivery (see <see cref="AanleverPakket"/>).</summary>
internal static class AanleverXml
{
    private static readonly XNamespace Op = AanleverPakket.OpdrachtNamespace;
    private static readonly XNamespace Mf = AanleverPakket.ManifestNamespace;

    public static XElement Opdracht(AanleverOpdracht opdracht) => new(
        Op + "opdrachten",
        new XElement(Op + "idLevering", opdracht.IdLevering),
        new XElement(Op + "idBevoegdGezag", opdracht.IdBevoegdGezag),
        opdracht.Bestanden.Select(b => new XElement(
            Op + "opdracht",
            new XElement(
                Op + "toevoegenToepasbareRegels",
                b.GeldigBegindatum is { } d ? new XElement(Op + "geldigBegindatum", Date(d)) : null,
                new XElement(Op + "bestandsnaam", b.Bestandsnaam),
                new XElement(Op + "type", b.Type.ToString())))),
        opdracht.Werkzaamheden.Select(w => new XElement(
            Op + "opdracht",
            new XElement(
                Op + "toevoegenWerkzaamheid",
                new XElement(Op + "naam", w.Naam),
                new XElement(Op + "functioneleStructuurRef", w.FunctioneleStructuurRef),
                new XElement(Op + "activiteitRef", w.ActiviteitRef),
                w.GeldigBegindatum is { } d ? new XElement(Op + "geldigBegindatum", Date(d)) : null))));

    /// <summary>The manifest: itself, the opdracht and each rules file, with type and contenttype.</summary>
    public static XElement Manifest(IEnumerable<string> rulesFiles) => new(
        Mf + "manifest",
        new XElement(
            Mf + "bestanden",
            Bestand(AanleverPakket.ManifestFile, "manifest"),
            Bestand(AanleverPakket.OpdrachtFile, "opdracht"),
            rulesFiles.Select(f => Bestand(f, "toepasbareRegels"))));

    public static AanleverOpdracht ReadOpdracht(string xml)
    {
        var root = Load(xml, Op + "opdrachten", AanleverException.Opdracht);
        var opdrachten = root.Elements(Op + "opdracht").ToList();
        return new AanleverOpdracht(
            Text(root, Op + "idLevering") ?? throw AanleverException.Opdracht("idLevering ontbreekt"),
            Text(root, Op + "idBevoegdGezag") ?? throw AanleverException.Opdracht("idBevoegdGezag ontbreekt"),
            opdrachten.Elements(Op + "toevoegenToepasbareRegels").Select(e => new AanleverBestand(
                Text(e, Op + "bestandsnaam") ?? throw AanleverException.Opdracht("een toevoegenToepasbareRegels heeft geen bestandsnaam"),
                Enum.TryParse<RegelbeheerobjectType>(Text(e, Op + "type"), out var type) ? type : throw AanleverException.Opdracht($"type '{Text(e, Op + "type")}' is geen Conclusie, Indieningsvereisten of Maatregelen"),
                ReadDate(Text(e, Op + "geldigBegindatum")))).ToList(),
            opdrachten.Elements(Op + "toevoegenWerkzaamheid").Select(e => new AanleverWerkzaamheid(
                Text(e, Op + "naam") ?? "",
                Text(e, Op + "functioneleStructuurRef") ?? "",
                Text(e, Op + "activiteitRef") ?? "",
                ReadDate(Text(e, Op + "geldigBegindatum")))).ToList());
    }

    /// <summary>The file names the manifest lists, itself included.</summary>
    public static HashSet<string> ReadManifest(string xml) =>
        Load(xml, Mf + "manifest", AanleverException.Manifest).Elements(Mf + "bestanden").Elements(Mf + "bestand")
            .Select(b => Text(b, Mf + "naam") ?? "").ToHashSet(StringComparer.Ordinal);

    private static XElement Bestand(string naam, string type) => new(
        Mf + "bestand", new XElement(Mf + "naam", naam), new XElement(Mf + "type", type), new XElement(Mf + "contenttype", AanleverPakket.DmnContentType));

    private static XElement Load(string xml, XName root, Func<string, AanleverException> error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), DmnParser.SafeSettings);
            var element = XDocument.Load(reader).Root!;
            return element.Name == root ? element : throw error($"its root is {element.Name.LocalName} in '{element.Name.NamespaceName}', expected {root.LocalName} in '{root.NamespaceName}'");
        }
        catch (XmlException ex)
        {
            throw error($"geen welgevormde XML ({ex.Message})");
        }
    }

    private static DateOnly? ReadDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw AanleverException.Opdracht($"geldigBegindatum '{text}' is geen datum (jjjj-mm-dd)");

    private static string? Text(XElement parent, XName name) => parent.Element(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
