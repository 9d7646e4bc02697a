using ChainHarness.Engine.Loket;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Stam;

/// <summary>Writes a <see cref="StamVerzoek"/> as STAM 4 verzoek XML (namespace and names [seen], structure our design; see <c>stam-verzoek.xsd</c>).</summary>
public static class StamWriter
{
    private static readonly XNamespace Ns = StamSchema.Namespace;

    public static string Write(StamVerzoek v)
    {
        var root = new XElement(
            Ns + "verzoek",
            E("verzoeknummer", v.Verzoeknummer),
            E("doel", v.Doel),
            E("type", v.Type),
            E("indiendatum", v.Indiendatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            E("naam", v.Projectnaam),
            v.Projectomschrijving is null ? null : E("projectomschrijving", v.Projectomschrijving),
            Partij("bevoegdGezag", v.BevoegdGezag),
            Partij("uitvoerendeInstantie", v.UitvoerendeInstantie),
            Initiatiefnemer(v.Initiatiefnemer),
            new XElement(Ns + "projectlocaties", new XElement(Ns + "projectlocatie", Punt(v.Locatie))),
            new XElement(Ns + "projectactiviteiten", v.Activiteiten.Select(Activiteit)),
            new XElement(Ns + "bijlagen", v.Bijlagen.Select(Bijlage)));
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static XElement E(string name, object value) => new(Ns + name, value);

    private static XElement Partij(string name, Partij p) => new(Ns + name, E("oin", p.Oin), E("naam", p.Naam));

    private static XElement Initiatiefnemer(Initiatiefnemer i) => new(
        Ns + "initiatiefnemer",
        E("naam", i.Naam),
        i.Bsn is null ? null : E("bsn", i.Bsn),
        i.Emailadres is null ? null : E("emailadres", i.Emailadres),
        i.Telefoon is null ? null : E("telefoon", i.Telefoon),
        new XElement(
            Ns + "correspondentieAdres",
            E("straat", i.Correspondentieadres.Straat),
            E("huisnummer", i.Correspondentieadres.Huisnummer),
            E("postcode", i.Correspondentieadres.Postcode),
            E("woonplaats", i.Correspondentieadres.Woonplaats)));

    private static XElement Punt(RdPunt p) => new(
        Ns + "punt",
        new XAttribute("srsName", "EPSG:28992"),
        E("x", p.X.ToString("0.###", CultureInfo.InvariantCulture)),
        E("y", p.Y.ToString("0.###", CultureInfo.InvariantCulture)));

    private static XElement Activiteit(Projectactiviteit a) => new(
        Ns + "projectactiviteit",
        E("activiteitNaam", a.ActiviteitNaam),
        E("imow-id", a.ImowId),
        E("functioneleStructuurRef", a.FunctioneleStructuurRef),
        new XElement(Ns + "specificaties", a.Specificaties.Select(s => new XElement(
            Ns + "specificatie",
            E("vraagId", s.VraagId),
            s.Vraag is null ? null : E("vraagtekst", s.Vraag),
            E("antwoord", s.Antwoord)))));

    private static XElement Bijlage(Bijlage b) => new(
        Ns + "bijlage",
        E("documentId", b.DocumentId),
        E("bestandsnaam", b.Bestandsnaam),
        E("documentType", b.DocumentType),
        E("mediaType", b.MediaType),
        E("vertrouwelijk", b.Vertrouwelijk ? "true" : "false"),
        E("omvang", b.Omvang.ToString(CultureInfo.InvariantCulture)),
        E("sha256", b.Sha256));
}
