using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Stam;

/// <summary>
/// Reads STAM verzoek XML, validating it against our schema while reading (DTDs prohibited, no
/// resolver). A document that is not well-formed or not valid comes back with its errors, not a verzoek.
/// </summary>
public static class StamReader
{
    private static readonly XNamespace Ns = StamSchema.Namespace;

    public static StamReadResult Read(string xml)
    {
        var errors = new List<string>();
        XDocument document;
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, StamSchema.ValidatingSettings(errors));
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return new StamReadResult(null, [.. errors, $"not well-formed XML: {ex.Message}"]);
        }

        if (document.Root?.Name != Ns + "verzoek")
        {
            errors.Add($"the root element is {document.Root?.Name}, not verzoek in {StamSchema.Namespace}");
        }

        return errors.Count > 0 ? new StamReadResult(null, errors) : new StamReadResult(Map(document.Root!), []);
    }

    private static StamVerzoek Map(XElement r) => new(
        S(r, "verzoeknummer"),
        S(r, "doel"),
        S(r, "type"),
        DateOnly.ParseExact(S(r, "indiendatum"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        S(r, "naam"),
        O(r, "projectomschrijving"),
        Partij(r.Element(Ns + "bevoegdGezag")!),
        Partij(r.Element(Ns + "uitvoerendeInstantie")!),
        Initiatiefnemer(r.Element(Ns + "initiatiefnemer")!),
        Punt(r.Element(Ns + "projectlocaties")!.Element(Ns + "projectlocatie")!.Element(Ns + "punt")!),
        [.. r.Element(Ns + "projectactiviteiten")!.Elements(Ns + "projectactiviteit").Select(Activiteit)],
        [.. r.Element(Ns + "bijlagen")!.Elements(Ns + "bijlage").Select(Bijlage)]);

    private static string S(XElement e, string name) => e.Element(Ns + name)!.Value;

    private static string? O(XElement e, string name) => e.Element(Ns + name)?.Value;

    private static Partij Partij(XElement e) => new(S(e, "oin"), S(e, "naam"));

    private static Initiatiefnemer Initiatiefnemer(XElement e)
    {
        var a = e.Element(Ns + "correspondentieAdres")!;
        return new Initiatiefnemer(
            S(e, "naam"),
            new Adres(S(a, "straat"), S(a, "huisnummer"), S(a, "postcode"), S(a, "woonplaats")),
            O(e, "bsn"),
            O(e, "emailadres"),
            O(e, "telefoon"));
    }

    private static RdPunt Punt(XElement e) =>
        new(double.Parse(S(e, "x"), CultureInfo.InvariantCulture), double.Parse(S(e, "y"), CultureInfo.InvariantCulture));

    private static Projectactiviteit Activiteit(XElement e) => new(
        S(e, "activiteitNaam"),
        S(e, "imow-id"),
        S(e, "functioneleStructuurRef"),
        [.. e.Element(Ns + "specificaties")!.Elements(Ns + "specificatie").Select(s => new Specificatie(S(s, "vraagId"), S(s, "antwoord"), O(s, "vraagtekst")))]);

    private static Bijlage Bijlage(XElement e) => new(
        S(e, "documentId"),
        S(e, "bestandsnaam"),
        S(e, "documentType"),
        S(e, "mediaType"),
        XmlConvert.ToBoolean(S(e, "vertrouwelijk")),
        long.Parse(S(e, "omvang"), CultureInfo.InvariantCulture),
        S(e, "sha256"));
}
