using ChainHarness.Engine.Protocols;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// Renders an LVBB answer as the transport XSD defines it (1.2.0 and 1.3.0-ic): <c>…VerzoekResultaat</c> with
/// the outer <c>uitkomst</c> (succes | mislukt) and a verslag (idLevering, tijdstipVerslag, meldingen with at
/// least one stop:melding, then uitkomst or voortgang, then tijdstipPublicatie for a publication).
/// </summary>
public static class VerzoekResultaatXml
{
    private static readonly XNamespace Lvbb = StopNamespaces.Lvbb;
    private static readonly XNamespace Stop = "http://www.overheid.nl/2017/stop";

    /// <summary>Soorten of our meldingen that are about the transport and the package, not the content.</summary>
    private static readonly HashSet<string> Technisch = new(StringComparer.OrdinalIgnoreCase) { "levering", "opdracht", "schema", "verwerking", "manifest", "ebms" };

    /// <summary>An intermediate answer: the verslag says how far treatment got.</summary>
    public static byte[] Voortgang(LvbbVerzoek verzoek, string idLevering, DateTimeOffset tijdstip, IReadOnlyList<LvbbMelding> meldingen) =>
        Render(verzoek, idLevering, tijdstip, meldingen, succes: true, new XElement(Lvbb + "voortgang", verzoek.Voortgang), null);

    /// <summary>The final answer. <paramref name="gepubliceerdOp"/> is written as tijdstipPublicatie on a successful publication.</summary>
    public static byte[] Uitkomst(LvbbVerzoek verzoek, string idLevering, DateTimeOffset tijdstip, IReadOnlyList<LvbbMelding> meldingen, bool succes, DateTimeOffset? gepubliceerdOp = null) =>
        Render(verzoek, idLevering, tijdstip, meldingen, succes, new XElement(Lvbb + "uitkomst", succes ? verzoek.Succes : verzoek.Mislukt), succes && verzoek.IsPublicatie ? gepubliceerdOp : null);

    /// <summary>The final answer on a processed opdracht: succes unless the verslag is afgekeurd or carries a fout.</summary>
    public static byte[] Final(LvbbVerzoek verzoek, LvbbVerslag verslag)
    {
        var succes = verslag.Status != VerslagStatus.Afgekeurd && !verslag.Meldingen.Any(m => m.IsFout);
        return Uitkomst(verzoek, verslag.IdLevering, verslag.VerwerktOp, verslag.Meldingen, succes, verslag.VerwerktOp);
    }

    private static byte[] Render(LvbbVerzoek verzoek, string idLevering, DateTimeOffset tijdstip, IReadOnlyList<LvbbMelding> meldingen, bool succes, XElement stand, DateTimeOffset? gepubliceerdOp)
    {
        var alle = meldingen.Count > 0
            ? meldingen
            : [new LvbbMelding("CHS-SIM-00", MeldingErnst.Informatie, "verwerking", succes ? "De controles zijn uitgevoerd zonder bevindingen." : "De behandeling is beëindigd.")];
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Lvbb + verzoek.Resultaat,
                new XAttribute(XNamespace.Xmlns + "lvbb", Lvbb),
                new XAttribute(XNamespace.Xmlns + "stop", Stop),
                new XElement(Lvbb + "uitkomst", succes ? "succes" : "mislukt"),
                new XElement(Lvbb + "verslag",
                    new XElement(Lvbb + "idLevering", idLevering),
                    new XElement(Lvbb + "tijdstipVerslag", Stamp(tijdstip)),
                    new XElement(Lvbb + "meldingen", alle.Select(Melding)),
                    stand,
                    gepubliceerdOp is { } op ? new XElement(Lvbb + "tijdstipPublicatie", Stamp(op)) : null)));
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Melding(LvbbMelding melding) =>
        new(Lvbb + "melding",
            new XElement(Stop + "code", melding.Code),
            new XElement(Stop + "ernst", melding.Ernst),
            new XElement(Stop + "soort", Technisch.Contains(melding.Soort) ? "technisch" : "inhoudelijk"),
            new XElement(Stop + "categorie", melding.Soort),
            new XElement(Stop + "beschrijving", melding.Beschrijving));

    private static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
