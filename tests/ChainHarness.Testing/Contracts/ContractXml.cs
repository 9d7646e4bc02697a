using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Checks an XML body against an <c>xml</c> shape of a contract (for XML no public XSD covers):
/// <c>{ "xml": { "namespaces": { "p": "uri" }, "root": "p:name", "required": ["XPath", …] } }</c> —
/// the root must be that element and every XPath must select at least one node. Returns the problems.
/// </summary>
public static class ContractXml
{
    public static IReadOnlyList<string> Validate(JsonObject shape, string xml)
    {
        if (shape["xml"] is not JsonObject spec)
        {
            return ["the shape has no xml"];
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException ex)
        {
            return [$"not well-formed XML: {ex.Message}"];
        }

        var namespaces = new XmlNamespaceManager(new NameTable());
        foreach (var (prefix, uri) in spec["namespaces"] as JsonObject ?? [])
        {
            namespaces.AddNamespace(prefix, (string)uri!);
        }

        var problems = new List<string>();
        if ((string?)spec["root"] is { } root && document.XPathSelectElement("/" + root, namespaces) is null)
        {
            problems.Add($"the root is {document.Root?.Name}, not {root}");
        }

        foreach (var path in (spec["required"] as JsonArray ?? []).Select(p => (string)p!))
        {
            var found = document.XPathEvaluate(path, namespaces) switch
            {
                IEnumerable<object> nodes => nodes.Any(),
                bool b => b,
                _ => true,
            };
            if (!found)
            {
                problems.Add($"nothing at {path}");
            }
        }

        return problems;
    }
}
