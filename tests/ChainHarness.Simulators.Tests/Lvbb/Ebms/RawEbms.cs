using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>
/// A bronhouder's ebMS client written from the public specs alone (OASIS ebMS 2.0, Digikoppeling ebMS2 profile,
/// LVBB transport XSD), sharing no project code: it builds the SOAP envelope, the leveringsverzoek, the
/// multipart/related body and the opdracht ZIP itself, and splits answers with its own MIME reader.
/// </summary>
internal static class RawEbms
{
    public const string LvbbOin = "00000000000000990001";
    public const string Service = "urn:overheid.nl:lvbb:bronhouderkoppelvlak";
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";
    public static readonly XNamespace Lvbb = "http://www.overheid.nl/2017/lvbb";
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    public static string Envelope(string from, string action, string conversation, string messageId, params string[] cids) =>
        new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "SOAP", Soap), new XAttribute(XNamespace.Xmlns + "eb", Eb), new XAttribute(XNamespace.Xmlns + "xlink", Xlink),
            new XElement(Soap + "Header",
                new XElement(Eb + "MessageHeader", new XAttribute(Eb + "version", "2.0"), new XAttribute(Soap + "mustUnderstand", "1"),
                    new XElement(Eb + "From", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", "urn:osb:oin"), from)),
                    new XElement(Eb + "To", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", "urn:osb:oin"), LvbbOin)),
                    new XElement(Eb + "CPAId", $"{from}_{LvbbOin}_0001"),
                    new XElement(Eb + "ConversationId", conversation),
                    new XElement(Eb + "Service", Service),
                    new XElement(Eb + "Action", action),
                    new XElement(Eb + "MessageData", new XElement(Eb + "MessageId", messageId), new XElement(Eb + "Timestamp", "2026-03-02T10:00:00Z"))),
                new XElement(Eb + "AckRequested", new XAttribute(Eb + "version", "2.0"), new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "signed", "false"))),
            new XElement(Soap + "Body", new XElement(Eb + "Manifest", new XAttribute(Eb + "version", "2.0"),
                cids.Select(c => new XElement(Eb + "Reference", new XAttribute(Xlink + "href", "cid:" + c), new XAttribute(Xlink + "type", "simple")))))).ToString();

    public static string Leveringsverzoek(string root, string idLevering) =>
        new XElement(Lvbb + root,
            new XElement(Lvbb + "idLevering", idLevering),
            new XElement(Lvbb + "softwareVersie", new XElement(Lvbb + "leverancier", "Testleverancier"), new XElement(Lvbb + "product", "RawEbms"), new XElement(Lvbb + "versie", "1"))).ToString();

    /// <summary>The multipart/related body and its Content-Type; parts are (Content-ID, Content-Type, bytes), the first is the SOAP envelope.</summary>
    public static (byte[] Body, string ContentType) Multipart(params (string Cid, string Type, byte[] Bytes)[] parts)
    {
        const string boundary = "raw-ebms-boundary-1";
        using var stream = new MemoryStream();
        foreach (var (cid, type, bytes) in parts)
        {
            stream.Write(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-ID: <{cid}>\r\nContent-Type: {type}\r\nContent-Transfer-Encoding: binary\r\n\r\n"));
            stream.Write(bytes);
            stream.Write("\r\n"u8);
        }

        stream.Write(Encoding.ASCII.GetBytes($"--{boundary}--\r\n"));
        return (stream.ToArray(), $"multipart/related; type=\"text/xml\"; boundary=\"{boundary}\"; start=\"<{parts[0].Cid}>\"");
    }

    /// <summary>The parts' bodies as text (Latin-1 keeps bytes one to one; answers are UTF-8 XML), split on the boundary of <paramref name="contentType"/>.</summary>
    public static List<string> Parts(byte[] body, string contentType)
    {
        var boundary = contentType.Split(';').Select(p => p.Trim()).First(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))["boundary=".Length..].Trim('"');
        var text = Encoding.Latin1.GetString(body);
        return [.. text.Split("--" + boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal))
            .Select(p => p[(p.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].TrimEnd('\r', '\n'))
            .Select(p => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(p)))];
    }

    /// <summary>A folder's files as a ZIP, with opdracht.xml's idLevering replaced.</summary>
    public static byte[] Zip(string folder, string idLevering)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                var bytes = File.ReadAllBytes(file);
                if (Path.GetFileName(file) == "opdracht.xml")
                {
                    var opdracht = XDocument.Parse(Encoding.UTF8.GetString(bytes));
                    opdracht.Root!.Element(Lvbb + "idLevering")!.Value = idLevering;
                    bytes = Encoding.UTF8.GetBytes(opdracht.ToString());
                }

                using var entry = zip.CreateEntry(Path.GetFileName(file)).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
