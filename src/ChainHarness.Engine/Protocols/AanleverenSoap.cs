using System.Xml;
using System.Xml.Linq;
using RestSharp;

namespace ChainHarness.Engine.Protocols;

/// <summary>
/// The SOAP 1.1 client of Toepasbare regels aanleveren v1 (contracts/tr-aanleveren). The service is
/// documented as SOAP over mTLS with a ZIP of STTR files [official]; its WSDL is not public, so the service
/// namespace (after the [seen] <c>…/v1/opdracht.xsd</c> and <c>…/v1/manifest.xsd</c> namespaces of the ZIP),
/// the operation <c>aanleverenToepasbareRegels</c> with <c>idLevering</c> and the base64 ZIP in
/// <c>bestand</c>, and the fault's <c>meldingen/melding(code, beschrijving)</c> are [guess].
/// </summary>
public static class AanleverenSoap
{
    public const string EnvelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string ServiceNamespace = "http://toepasbare-regels.omgevingswet.overheid.nl/v1/aanleveren";
    public const string Operation = "aanleverenToepasbareRegels";
    public const string SoapAction = ServiceNamespace + "/" + Operation;
    public const string ContentType = "text/xml; charset=utf-8";

    private static readonly XNamespace Soap = EnvelopeNamespace;
    private static readonly XNamespace Tr = ServiceNamespace;

    /// <summary>The HTTP request: a POST to the base URL with the SOAPAction header and the envelope as <c>text/xml</c>.</summary>
    public static RestRequest HttpRequest(string idLevering, byte[] zip) =>
        new RestRequest("", Method.Post)
            .AddHeader("SOAPAction", $"\"{SoapAction}\"")
            .AddStringBody(Request(idLevering, zip), "text/xml");

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
