using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Json.Schema;

namespace ChainHarness.Testing.Contracts;

/// <summary>
/// Checks a body against a contract shape: a JSON body against its inline JSON Schema, an XML body against the
/// official XSD the shape names (found under shared/reference through the schema folder; the test is ignored when
/// it is absent). Returns the problems, empty when the body fits.
/// </summary>
public static class ContractShapes
{
    public static IReadOnlyList<string> ValidateJson(JsonObject shape, string json)
    {
        if (shape["jsonSchema"] is not JsonObject schemaNode)
        {
            return ["the shape has no jsonSchema"];
        }

        var schema = JsonSchema.FromText(schemaNode.ToJsonString());
        var result = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    /// <summary>XSD shape: the root must be one of its elements in its namespace and the document valid against the official XSD.</summary>
    public static IReadOnlyList<string> ValidateXml(ServiceContract contract, JsonObject shape, string xml)
    {
        if (shape["xsd"] is not JsonObject xsd)
        {
            return ["the shape has no xsd"];
        }

        var ns = (string?)xsd["namespace"] ?? "";
        var elements = (xsd["elements"] as JsonArray ?? []).Select(e => (string?)e).ToHashSet();
        var document = XDocument.Parse(xml);
        var problems = new List<string>();
        if (document.Root is not { } root || root.Name.NamespaceName != ns || !elements.Contains(root.Name.LocalName))
        {
            problems.Add($"root {document.Root?.Name} is not one of the contract's elements in {ns}");
        }

        var bundle = SharedReference.RequireFolder(contract.SchemaReference((string)xsd["folder"]!));
        var set = OfficialSchemas.For(bundle, (string)xsd["file"]!);
        document.Validate(set, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add($"line {e.Exception?.LineNumber}: {e.Message}");
            }
        });
        return problems;
    }

    /// <summary>The official XSD a shape names, compiled, for tests that validate with it directly.</summary>
    public static XmlSchemaSet Schema(ServiceContract contract, JsonObject shape)
    {
        var xsd = shape["xsd"] as JsonObject ?? throw new ArgumentException("the shape has no xsd", nameof(shape));
        return OfficialSchemas.For(SharedReference.RequireFolder(contract.SchemaReference((string)xsd["folder"]!)), (string)xsd["file"]!);
    }
}
