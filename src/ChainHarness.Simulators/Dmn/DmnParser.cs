using System.Xml;
using System.Xml.Linq;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// Reads a DMN 1.1, 1.2 or 1.3 file with STTR extension elements into a <see cref="DmnModel"/>.
/// DTDs are prohibited and nothing external is resolved. Throws <see cref="DmnFormatException"/>
/// with a plain message for anything it cannot read.
/// </summary>
public static class DmnParser
{
    /// <summary>Settings for reading untrusted XML: no DTD, no external resolution.</summary>
    public static XmlReaderSettings SafeSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static DmnModel Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), SafeSettings);
        return Parse(reader);
    }

    public static DmnModel Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, SafeSettings);
        return Parse(reader);
    }

    /// <summary>Parses without throwing: the model, or the reason it could not be read.</summary>
    public static bool TryParse(string xml, out DmnModel? model, out string? error)
    {
        try
        {
            model = Parse(xml);
            error = null;
            return true;
        }
        catch (DmnFormatException ex)
        {
            model = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Loads the XML safely; throws <see cref="DmnFormatException"/> when it is not well-formed.</summary>
    public static XDocument LoadXml(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), SafeSettings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw DmnFormatException.NotWellFormed(ex.Message, ex);
        }
    }

    private static DmnModel Parse(XmlReader reader)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw DmnFormatException.NotWellFormed(ex.Message, ex);
        }

        return FromDocument(document);
    }

    public static DmnModel FromDocument(XDocument document)
    {
        var root = document.Root!;
        var version = DmnNamespaces.VersionOf(root.Name.NamespaceName);
        if (root.Name.LocalName != "definitions" || version is null)
        {
            throw DmnFormatException.NotDmn(root.Name.LocalName, root.Name.NamespaceName);
        }

        XNamespace dmn = root.Name.NamespaceName;
        var uitvoeringsregels = SttrExtensionReader.Uitvoeringsregels(root.Element(dmn + "extensionElements"));
        var inputData = root.Elements(dmn + "inputData").Select(e => ReadInputData(e, dmn)).ToList();
        var decisions = root.Elements(dmn + "decision").Select(e => ReadDecision(e, dmn)).ToList();
        return new DmnModel(
            (string?)root.Attribute("name") ?? "", (string?)root.Attribute("namespace"), version.Value, decisions, inputData, uitvoeringsregels);
    }

    internal static string Href(XElement? element) => ((string?)element?.Attribute("href") ?? "").TrimStart('#');

    internal static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute)
        ?? throw DmnFormatException.Invalid($"{element.Name.LocalName} (regel {((IXmlLineInfo)element).LineNumber})", $"het attribuut '{attribute}' ontbreekt");

    private static DmnInputData ReadInputData(XElement element, XNamespace dmn)
    {
        var reference = SttrExtensionReader.Find(element.Element(dmn + "extensionElements"), "uitvoeringsregelRef");
        return new DmnInputData(
            Required(element, "id"),
            Required(element, "name"),
            (string?)element.Element(dmn + "variable")?.Attribute("typeRef"),
            reference is null ? null : Href(reference));
    }

    private static DmnDecision ReadDecision(XElement element, XNamespace dmn)
    {
        var id = Required(element, "id");
        var name = (string?)element.Attribute("name") ?? id;
        var requirements = element.Elements(dmn + "informationRequirement").ToList();
        var reference = SttrExtensionReader.Find(element.Element(dmn + "extensionElements"), "functioneleStructuurRef");
        var table = element.Element(dmn + "decisionTable");
        var literal = element.Element(dmn + "literalExpression");
        var logic = table is not null ? DmnDecisionLogic.DecisionTable
            : literal is not null ? DmnDecisionLogic.LiteralExpression
            : DmnDecisionLogic.External;
        return new DmnDecision(
            id,
            name,
            (string?)element.Element(dmn + "variable")?.Attribute("typeRef"),
            reference is null ? null : Href(reference),
            requirements.Select(r => r.Element(dmn + "requiredInput")).OfType<XElement>().Select(Href).ToList(),
            requirements.Select(r => r.Element(dmn + "requiredDecision")).OfType<XElement>().Select(Href).ToList(),
            logic,
            table is null ? null : DecisionTableReader.Read(table, dmn, name),
            literal?.Element(dmn + "text")?.Value);
    }
}
