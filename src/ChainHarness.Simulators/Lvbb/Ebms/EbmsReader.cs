using System.Xml.Linq;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>Reads the SOAP part of an ebMS 2.0 message into an <see cref="EbmsHeader"/>, naming the first thing missing.</summary>
public static class EbmsReader
{
    private static readonly XNamespace Eb = EbmsNamespaces.Eb;

    /// <summary>The header, or null with the reason (the envelope is not SOAP 1.1, a required element is missing).</summary>
    public static EbmsHeader? Read(byte[] soap, out string? error)
    {
        var document = SafeXml.TryLoad(soap, out error);
        if (document?.Root is not { } envelope)
        {
            error = $"the SOAP part is not well-formed XML: {error}";
            return null;
        }

        if (envelope.Name != EbmsNamespaces.Soap + "Envelope")
        {
            error = $"the SOAP part's root is {envelope.Name}, not a SOAP 1.1 Envelope";
            return null;
        }

        var header = envelope.Element(EbmsNamespaces.Soap + "Header")?.Element(Eb + "MessageHeader");
        if (header is null)
        {
            error = "SOAP:Header has no eb:MessageHeader";
            return null;
        }

        string? missing = null;
        string? Need(string what, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing ??= $"eb:MessageHeader has no {what}";
            }

            return value?.Trim();
        }

        var data = header.Element(Eb + "MessageData");
        var from = Need("eb:From/eb:PartyId", header.Element(Eb + "From")?.Element(Eb + "PartyId")?.Value);
        var to = Need("eb:To/eb:PartyId", header.Element(Eb + "To")?.Element(Eb + "PartyId")?.Value);
        var cpa = Need("eb:CPAId", header.Element(Eb + "CPAId")?.Value);
        var conversation = Need("eb:ConversationId", header.Element(Eb + "ConversationId")?.Value);
        var service = Need("eb:Service", header.Element(Eb + "Service")?.Value);
        var action = Need("eb:Action", header.Element(Eb + "Action")?.Value);
        var messageId = Need("eb:MessageData/eb:MessageId", data?.Element(Eb + "MessageId")?.Value);
        error = missing;
        if (error is not null)
        {
            return null;
        }

        var manifest = envelope.Element(EbmsNamespaces.Soap + "Body")?.Element(Eb + "Manifest")?.Elements(Eb + "Reference")
            .Select(r => (string?)r.Attribute(EbmsNamespaces.Xlink + "href") ?? "")
            .Select(href => href.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? href[4..] : href)
            .ToList() ?? [];
        return new EbmsHeader(from!, to!, cpa!, conversation!, service!, action!, messageId!, data?.Element(Eb + "RefToMessageId")?.Value, manifest)
        {
            AckRequested = envelope.Element(EbmsNamespaces.Soap + "Header")?.Element(Eb + "AckRequested") is not null,
        };
    }
}
