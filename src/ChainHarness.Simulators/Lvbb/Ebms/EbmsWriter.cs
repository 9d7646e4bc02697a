using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// Writes the SOAP 1.1 envelopes of ebMS 2.0: an Acknowledgment, a MessageError with its ErrorList, and a
/// message with a Manifest that references its payload parts by Content-ID. Same ConversationId and CPAId as
/// the message answered, RefToMessageId its MessageId.
/// </summary>
public static class EbmsWriter
{
    private static readonly XNamespace Soap = EbmsNamespaces.Soap;
    private static readonly XNamespace Eb = EbmsNamespaces.Eb;

    public static byte[] Acknowledgment(EbmsHeader answered, string messageId, DateTimeOffset now) =>
        Bytes(Envelope(
            Header(answered.To, answered.From, answered.CpaId, answered.ConversationId, EbmsNamespaces.SignalService, "Acknowledgment", messageId, answered.MessageId, now),
            [new XElement(Eb + "Acknowledgment", Version(), MustUnderstand(),
                new XElement(Eb + "Timestamp", Stamp(now)),
                new XElement(Eb + "RefToMessageId", answered.MessageId),
                new XElement(Eb + "From", Party(answered.To)))],
            null));

    /// <summary>A MessageError. <paramref name="errorCode"/> is an ebMS code: ValueNotRecognized, Inconsistent, MimeProblem, SecurityFailure, OtherXml.</summary>
    public static byte[] MessageError(EbmsHeader? answered, string lvbbOin, string messageId, DateTimeOffset now, string errorCode, string location, string description) =>
        Bytes(Envelope(
            Header(lvbbOin, answered?.From ?? "onbekend", answered?.CpaId ?? "onbekend", answered?.ConversationId ?? "onbekend", EbmsNamespaces.SignalService, "MessageError", messageId, answered?.MessageId, now),
            [new XElement(Eb + "ErrorList", Version(), MustUnderstand(), new XAttribute(Eb + "highestSeverity", "Error"),
                new XElement(Eb + "Error",
                    new XAttribute(Eb + "codeContext", "urn:oasis:names:tc:ebxml-msg:service:errors"),
                    new XAttribute(Eb + "errorCode", errorCode),
                    new XAttribute(Eb + "severity", "Error"),
                    new XAttribute(Eb + "location", location),
                    new XElement(Eb + "Description", new XAttribute(XNamespace.Xml + "lang", "nl"), description)))],
            null));

    /// <summary>A business message to <paramref name="to"/> whose Manifest references <paramref name="payloadIds"/>.</summary>
    public static byte[] Message(EbmsHeader answered, string action, string messageId, DateTimeOffset now, IReadOnlyList<string> payloadIds) =>
        Bytes(Envelope(
            Header(answered.To, answered.From, answered.CpaId, answered.ConversationId, answered.Service, action, messageId, answered.MessageId, now),
            [],
            new XElement(Eb + "Manifest", Version(), payloadIds.Select(id =>
                new XElement(Eb + "Reference", new XAttribute(EbmsNamespaces.Xlink + "href", "cid:" + id), new XAttribute(EbmsNamespaces.Xlink + "type", "simple"))))));

    /// <summary>A SOAP 1.1 Fault, for a message whose SOAP part cannot be read at all.</summary>
    public static byte[] Fault(string reason) =>
        Bytes(new XDocument(new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "SOAP", Soap),
            new XElement(Soap + "Body", new XElement(Soap + "Fault",
                new XElement("faultcode", "SOAP:Client"),
                new XElement("faultstring", reason))))));

    private static XElement Header(string from, string to, string cpa, string conversation, string service, string action, string messageId, string? refTo, DateTimeOffset now) =>
        new(Eb + "MessageHeader", Version(), MustUnderstand(),
            new XElement(Eb + "From", Party(from)),
            new XElement(Eb + "To", Party(to)),
            new XElement(Eb + "CPAId", cpa),
            new XElement(Eb + "ConversationId", conversation),
            new XElement(Eb + "Service", service),
            new XElement(Eb + "Action", action),
            new XElement(Eb + "MessageData",
                new XElement(Eb + "MessageId", messageId),
                new XElement(Eb + "Timestamp", Stamp(now)),
                refTo is null ? null : new XElement(Eb + "RefToMessageId", refTo)));

    private static XDocument Envelope(XElement messageHeader, IEnumerable<XElement> headerBlocks, XElement? body) =>
        new(new XDeclaration("1.0", "UTF-8", null), new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "SOAP", Soap),
            new XAttribute(XNamespace.Xmlns + "eb", Eb),
            new XAttribute(XNamespace.Xmlns + "xlink", EbmsNamespaces.Xlink),
            new XElement(Soap + "Header", messageHeader, headerBlocks),
            new XElement(Soap + "Body", body)));

    private static XElement Party(string oin) => new(Eb + "PartyId", new XAttribute(Eb + "type", EbmsNamespaces.OinPartyType), oin);

    private static XAttribute Version() => new(Eb + "version", "2.0");

    private static XAttribute MustUnderstand() => new(Soap + "mustUnderstand", "1");

    private static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            document.Save(writer, SaveOptions.DisableFormatting);
        }

        return stream.ToArray();
    }
}
