using System.Text;
using System.Xml.Linq;

/// <summary>
/// PlanWerk's own ebMS 2.0 messages to the LVBB bronhouderkoppelvlak, written from the public specs (OASIS ebMS 2.0,
/// the Digikoppeling ebMS2 profile, the LVBB transport XSD) and the simulated LVBB's contract (contracts/lvbb: the
/// LVBB's party id and the service name are GUESS there): a SOAP envelope with the MessageHeader and a Manifest, the
/// leveringsverzoek and the opdracht ZIP as MIME parts, and the reading of the LVBB's VerzoekResultaat answers.
/// </summary>
internal static class LvbbEbms
{
    public const string LvbbOin = "00000000000000990001";
    private const string Service = "urn:overheid.nl:lvbb:bronhouderkoppelvlak";
    private const string Boundary = "planwerk-ebms";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";
    private static readonly XNamespace Lvbb = "http://www.overheid.nl/2017/lvbb";
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    /// <summary>The multipart/related message that asks the LVBB for <paramref name="verzoek"/> (validatieVerzoek, publicatieVerzoek) of the ZIP, and its Content-Type.</summary>
    public static (byte[] Body, string ContentType) Message(string from, string verzoek, string idLevering, byte[] zip)
    {
        var envelope = new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "SOAP", Soap), new XAttribute(XNamespace.Xmlns + "eb", Eb), new XAttribute(XNamespace.Xmlns + "xlink", Xlink),
            new XElement(Soap + "Header",
                new XElement(Eb + "MessageHeader", new XAttribute(Eb + "version", "2.0"), new XAttribute(Soap + "mustUnderstand", "1"),
                    new XElement(Eb + "From", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", "urn:osb:oin"), from)),
                    new XElement(Eb + "To", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", "urn:osb:oin"), LvbbOin)),
                    new XElement(Eb + "CPAId", $"{from}_{LvbbOin}_0001"),
                    new XElement(Eb + "ConversationId", idLevering),
                    new XElement(Eb + "Service", Service),
                    new XElement(Eb + "Action", verzoek),
                    new XElement(Eb + "MessageData", new XElement(Eb + "MessageId", $"{Guid.NewGuid():N}@planwerk.example"), new XElement(Eb + "Timestamp", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ")))),
                new XElement(Eb + "AckRequested", new XAttribute(Eb + "version", "2.0"), new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "signed", "false"))),
            new XElement(Soap + "Body", new XElement(Eb + "Manifest", new XAttribute(Eb + "version", "2.0"),
                new XElement(Eb + "Reference", new XAttribute(Xlink + "href", "cid:verzoek"), new XAttribute(Xlink + "type", "simple")),
                new XElement(Eb + "Reference", new XAttribute(Xlink + "href", "cid:opdracht"), new XAttribute(Xlink + "type", "simple")))));
        var leveringsverzoek = new XElement(Lvbb + verzoek,
            new XElement(Lvbb + "idLevering", idLevering),
            new XElement(Lvbb + "softwareVersie", new XElement(Lvbb + "leverancier", "PlanWerk"), new XElement(Lvbb + "product", "PlanWerk"), new XElement(Lvbb + "versie", "2")));

        using var stream = new MemoryStream();
        foreach (var (cid, type, bytes) in new[] { ("envelope", "text/xml; charset=UTF-8", Utf8(envelope)), ("verzoek", "application/xml", Utf8(leveringsverzoek)), ("opdracht", "application/zip", zip) })
        {
            stream.Write(Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-ID: <{cid}>\r\nContent-Type: {type}\r\nContent-Transfer-Encoding: binary\r\n\r\n"));
            stream.Write(bytes);
            stream.Write("\r\n"u8);
        }

        stream.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        return (stream.ToArray(), $"multipart/related; type=\"text/xml\"; boundary=\"{Boundary}\"; start=\"<envelope>\"");
    }

    /// <summary>True when the LVBB's synchronous answer is an ebMS Acknowledgment (not a MessageError).</summary>
    public static bool IsAcknowledgment(string answer) => answer.Contains("Acknowledgment", StringComparison.Ordinal) && !answer.Contains("ErrorList", StringComparison.Ordinal);

    /// <summary>
    /// The idLevering and the verslag's stand (its uitkomst, else its voortgang) of a VerzoekResultaat the LVBB sent;
    /// null when the message carries none.
    /// </summary>
    public static (string IdLevering, string Stand)? Resultaat(byte[] body, string contentType)
    {
        var boundary = contentType.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))?["boundary=".Length..].Trim('"');
        var text = Encoding.Latin1.GetString(body);
        var parts = boundary is null ? [text] : text.Split("--" + boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal))
            .Select(p => p[(p.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].TrimEnd('\r', '\n'));
        foreach (var part in parts)
        {
            XElement root;
            try
            {
                root = XElement.Parse(Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(part)));
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            if (root.Name.LocalName.EndsWith("VerzoekResultaat", StringComparison.Ordinal) && root.Element(Lvbb + "verslag") is { } verslag
                && verslag.Element(Lvbb + "idLevering")?.Value is { } id)
            {
                return (id, verslag.Element(Lvbb + "uitkomst")?.Value ?? verslag.Element(Lvbb + "voortgang")?.Value ?? "");
            }
        }

        return null;
    }

    private static byte[] Utf8(XElement element) => new UTF8Encoding(false).GetBytes(element.ToString(SaveOptions.DisableFormatting));
}
