using System.Xml.Linq;
using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Dmn;

/// <summary>Reads a decisionTable element: hit policy, columns, rules with parsed FEEL entries.</summary>
internal static class DecisionTableReader
{
    public static DmnDecisionTable Read(XElement table, XNamespace dmn, string decisionName)
    {
        var where = $"beslissing '{decisionName}'";
        var inputs = table.Elements(dmn + "input").Select((e, i) => new DmnTableInput(
            (string?)e.Attribute("id") ?? $"input{i + 1}",
            (string?)e.Attribute("label"),
            e.Element(dmn + "inputExpression")?.Element(dmn + "text")?.Value.Trim() ?? "",
            (string?)e.Element(dmn + "inputExpression")?.Attribute("typeRef"),
            Values(e.Element(dmn + "inputValues"), dmn, where))).ToList();
        var outputs = table.Elements(dmn + "output").Select((e, i) => new DmnTableOutput(
            (string?)e.Attribute("id") ?? $"output{i + 1}",
            (string?)e.Attribute("name"),
            (string?)e.Attribute("typeRef"),
            Values(e.Element(dmn + "outputValues"), dmn, where))).ToList();
        var rules = table.Elements(dmn + "rule").Select((e, i) => ReadRule(e, dmn, i + 1, inputs.Count, outputs.Count, where)).ToList();
        return new DmnDecisionTable(
            (string?)table.Attribute("id") ?? decisionName,
            ParseHitPolicy((string?)table.Attribute("hitPolicy"), where),
            ParseAggregation((string?)table.Attribute("aggregation"), where),
            inputs,
            outputs,
            rules);
    }

    private static DmnRule ReadRule(XElement rule, XNamespace dmn, int number, int inputCount, int outputCount, string where)
    {
        var id = (string?)rule.Attribute("id") ?? $"rule{number}";
        var at = $"{where}, regel {number}";
        var inputEntries = rule.Elements(dmn + "inputEntry").ToList();
        var outputEntries = rule.Elements(dmn + "outputEntry").ToList();
        if (inputEntries.Count != inputCount || outputEntries.Count != outputCount)
        {
            throw DmnFormatException.Invalid(at, $"ze heeft {inputEntries.Count} invoer- en {outputEntries.Count} uitvoerwaarden; de tabel heeft {inputCount} invoer- en {outputCount} uitvoerkolommen");
        }

        try
        {
            var tests = inputEntries.Select(e => UnaryTests.Parse(e.Element(dmn + "text")?.Value)).ToList();
            var values = outputEntries.Select(e => FeelLiteral.Parse(e.Element(dmn + "text")?.Value)).ToList();
            var toelichting = outputEntries
                .Select(e => SttrExtensionReader.Find(e.Element(dmn + "extensionElements"), "conclusieToelichting"))
                .OfType<XElement>()
                .Select(e => e.Elements().FirstOrDefault(c => c.Name.LocalName == "toelichting")?.Value.Trim())
                .FirstOrDefault(t => !string.IsNullOrEmpty(t));
            return new DmnRule(id, number, tests, values, toelichting);
        }
        catch (FeelSyntaxException ex)
        {
            throw DmnFormatException.Invalid(at, ex.Message, ex);
        }
    }

    private static IReadOnlyList<object?>? Values(XElement? element, XNamespace dmn, string where)
    {
        var text = element?.Element(dmn + "text")?.Value;
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : FeelLiteral.ParseList(text);
        }
        catch (FeelSyntaxException ex)
        {
            throw DmnFormatException.Invalid(where, ex.Message, ex);
        }
    }

    private static HitPolicy ParseHitPolicy(string? text, string where) => (text ?? "UNIQUE").Trim().ToUpperInvariant() switch
    {
        "UNIQUE" => HitPolicy.Unique,
        "FIRST" => HitPolicy.First,
        "PRIORITY" => HitPolicy.Priority,
        "ANY" => HitPolicy.Any,
        "COLLECT" => HitPolicy.Collect,
        "RULE ORDER" => HitPolicy.RuleOrder,
        "OUTPUT ORDER" => HitPolicy.OutputOrder,
        var other => throw DmnFormatException.Invalid(where, $"hitpolicy '{other}' is geen DMN-hitpolicy"),
    };

    private static CollectAggregation ParseAggregation(string? text, string where) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "" => CollectAggregation.None,
        "SUM" => CollectAggregation.Sum,
        "COUNT" => CollectAggregation.Count,
        "MIN" => CollectAggregation.Min,
        "MAX" => CollectAggregation.Max,
        var other => throw DmnFormatException.Invalid(where, $"aggregatie '{other}' is niet SUM, COUNT, MIN of MAX"),
    };
}
