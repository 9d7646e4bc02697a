using System.Xml.Linq;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>The namespaces of an ebMS 2.0 message (OASIS): SOAP 1.1 envelope, ebXML message header, XLink for the manifest.</summary>
public static class EbmsNamespaces
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public static readonly XNamespace Eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";

    public static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    /// <summary>The PartyId type for an OIN (Digikoppeling ebMS2 profile, OFFICIAL).</summary>
    public const string OinPartyType = "urn:osb:oin";

    /// <summary>The ebMS service of Acknowledgment and MessageError signals (OASIS ebMS 2.0).</summary>
    public const string SignalService = "urn:oasis:names:tc:ebxml-msg:service";

    /// <summary>The LVBB's ebMS service name. Not public: GUESS (contracts/lvbb).</summary>
    public const string LvbbService = "urn:overheid.nl:lvbb:bronhouderkoppelvlak";
}
