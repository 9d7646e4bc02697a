using System.Xml;
using System.Xml.Linq;

namespace ChainHarness.Engine.Protocols;

/// <summary>
/// The SOAP 1.1 contract of Toepasbare regels aanleveren v1 as the harness speaks it. The service is
/// documented as SOAP with a ZIP of STTR files; its WSDL is not public, so the operation and element
/// names here are our design: <c>aanleverenToepasbareRegels</c> with <c>idLevering</c> and the
/// base64 ZIP in <c>bestand</c>; a fault carries <c>meldingen/melding(code, beschrijving)</c>.
/// </summary>
public static class AanleverenSoap
{
    public const string EnvelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string ServiceNamespace = "urn:chainharness:toepasbare-regels:aanleveren:v1";
    public const string Operation = "aanleverenToepasbareRegels";
    public const string SoapAction = ServiceNamespace + "#" + Operation;
    public const string ContentType = "text/xml; charset=utf-8";

    private static readonly XNamespace Soap = EnvelopeNamespace;
    private static readonly XNamespace Tr = ServiceNamespace;

    public static string Request(string idLevering, byte[] zip) => Envelope(new XElement(
        Tr + Operation,
        new XElement(Tr + "idLevering", idLevering),
        new XElement(Tr + "bestand", Convert.ToBase64String(zip)))).ToString(SaveOptions.DisableFormatting);

    public static XDocument Envelope(XElement body) => new(new XElement(
        Soap + "Envelope",
        new XAttribute(XNamespace.Xmlns + "soap", EnvelopeNamespace),
        new XAttribute(XNamespace.Xmlns + "tr", ServiceNamespace),
        new XElement(Soap + "Body", body)));

    /// <summary>The response: accepted with its idLevering, or the fault with every melding.</summary>
    public static AanleverenAntwoord ParseResponse(string? body)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(body ?? ""), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException)
        {
            return AanleverenAntwoord.Unreadable("the answer is not XML");
        }

        var content = root.Element(Soap + "Body")?.Elements().FirstOrDefault();
        if (content is null)
        {
            return AanleverenAntwoord.Unreadable("the answer is not a SOAP envelope with a body");
        }

        if (content.Name == Soap + "Fault")
        {
            var meldingen = content.Descendants(Tr + "melding")
                .Select(m => new AanleverenMelding((string?)m.Element(Tr + "code") ?? "", (string?)m.Element(Tr + "beschrijving") ?? ""))
                .ToList();
            return new AanleverenAntwoord(false, null, (string?)content.Element("faultcode"), (string?)content.Element("faultstring"), meldingen);
        }

        return content.Name == Tr + (Operation + "Response")
            ? new AanleverenAntwoord(true, (string?)content.Element(Tr + "idLevering"), null, null, [])
            : AanleverenAntwoord.Unreadable($"unexpected element {content.Name.LocalName} in the body");
    }
}
