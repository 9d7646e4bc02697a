using System.Xml;
using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>
/// Reads XML from a delivery with DTDs prohibited and no resolver: no entity expansion, no
/// external fetches. A delivery is untrusted input.
/// </summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 200_000_000,
    };

    /// <summary>The document, or null with the reason it could not be read.</summary>
    public static XDocument? TryLoad(byte[] content, out string? error)
    {
        error = null;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    public static XDocument Load(byte[] content) =>
        TryLoad(content, out var error) ?? throw new XmlException(error);

    /// <summary>The trimmed text of the first descendant with this name, or null.</summary>
    public static string? Text(this XContainer container, XName name) =>
        container.Descendants(name).FirstOrDefault()?.Value.Trim() is { Length: > 0 } text ? text : null;
}
