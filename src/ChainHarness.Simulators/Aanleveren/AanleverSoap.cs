using System.Xml.Linq;

namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// The simulator's own view of the SOAP 1.1 layer of Toepasbare regels aanleveren v1 (contracts/tr-aanleveren).
/// SOAP over mTLS is [official]; the WSDL is not public, so the service namespace (named after the
/// [seen] <c>…/v1/opdracht.xsd</c> and <c>…/v1/manifest.xsd</c> namespaces), the operation
/// <c>aanleverenToepasbareRegels</c> with <c>idLevering</c> and the base64 ZIP in <c>bestand</c>, and the
/// fault's <c>meldingen/melding(code, beschrijving)</c> are [guess]. Kept apart from the engine's client on purpose.
/// </summary>
internal static class AanleverSoap
{
    public const string EnvelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string ServiceNamespace = "http://toepasbare-regels.omgevingswet.overheid.nl/v1/aanleveren";
    public const string Operation = "aanleverenToepasbareRegels";
    public const string SoapAction = ServiceNamespace + "/" + Operation;
    public const string ContentType = "text/xml; charset=utf-8";

    public static readonly XNamespace Soap = EnvelopeNamespace;
    public static readonly XNamespace Tr = ServiceNamespace;

    public static XDocument Envelope(XElement body) => new(new XElement(
        Soap + "Envelope",
        new XAttribute(XNamespace.Xmlns + "soap", EnvelopeNamespace),
        new XAttribute(XNamespace.Xmlns + "tr", ServiceNamespace),
        new XElement(Soap + "Body", body)));
}
