using System.Security;
using System.Text;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

/// <summary>Small DMN documents for tests: one decision table over questions, written as STTR does.</summary>
internal static class TestDmn
{
    public const string Ref = "http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.test";

    /// <summary>
    /// A file with one decision "Uitkomst" whose table reads one inputData per <paramref name="inputs"/>
    /// ("Name:type"); each row of <paramref name="rules"/> is the input entries followed by the output.
    /// Question i has id Q{i+1} and text "Vraag {Name}?".
    /// </summary>
    public static string Table(string hitPolicy, string[] inputs, string[][] rules, string? aggregation = null, string? outputValues = null, string ns = DmnNamespaces.Dmn13)
    {
        var xml = new StringBuilder();
        xml.Append($"""
            <definitions xmlns="{ns}" xmlns:uitv="{DmnNamespaces.Uitvoeringsregel}" xmlns:inter="{DmnNamespaces.Interactieregel}" xmlns:bedr="{DmnNamespaces.Bedrijfsregel}" id="defs" name="Test" namespace="urn:test">
              <extensionElements>
                <inter:regelgroepen><inter:regelgroep id="g1"><inter:naam>Algemeen</inter:naam><inter:prioriteit>1</inter:prioriteit></inter:regelgroep></inter:regelgroepen>
                <uitv:uitvoeringsregels>
            """);
        for (var i = 0; i < inputs.Length; i++)
        {
            var (name, type) = Split(inputs[i]);
            xml.Append($"""<uitv:uitvoeringsregel id="Q{i + 1}"><uitv:regelgroepRef href="#g1"/><inter:prioriteit>{i + 1}</inter:prioriteit><uitv:vraag><uitv:gegevensType>{type}</uitv:gegevensType><uitv:vraagTekst>Vraag {name}?</uitv:vraagTekst></uitv:vraag></uitv:uitvoeringsregel>""");
        }

        xml.Append("</uitv:uitvoeringsregels></extensionElements>");
        for (var i = 0; i < inputs.Length; i++)
        {
            var (name, type) = Split(inputs[i]);
            xml.Append($"""<inputData id="in{i + 1}" name="{name}"><extensionElements><uitv:uitvoeringsregelRef href="#Q{i + 1}"/></extensionElements><variable id="in{i + 1}v" name="{name}" typeRef="{type}"/></inputData>""");
        }

        xml.Append($"""<decision id="d1" name="Uitkomst"><extensionElements><bedr:functioneleStructuurRef href="{Ref}"/></extensionElements><variable id="d1v" name="Uitkomst"/>""");
        for (var i = 0; i < inputs.Length; i++)
        {
            xml.Append($"""<informationRequirement id="ir{i + 1}"><requiredInput href="#in{i + 1}"/></informationRequirement>""");
        }

        var aggregationAttribute = aggregation is null ? "" : $" aggregation=\"{aggregation}\"";
        xml.Append($"""<decisionTable id="t1" hitPolicy="{hitPolicy}"{aggregationAttribute}>""");
        for (var i = 0; i < inputs.Length; i++)
        {
            var (name, type) = Split(inputs[i]);
            xml.Append($"""<input id="c{i + 1}"><inputExpression id="e{i + 1}" typeRef="{type}"><text>{name}</text></inputExpression></input>""");
        }

        var values = outputValues is null ? "" : $"<outputValues><text>{Escape(outputValues)}</text></outputValues>";
        xml.Append($"""<output id="o1" name="Uitkomst">{values}</output>""");
        for (var r = 0; r < rules.Length; r++)
        {
            xml.Append($"""<rule id="r{r + 1}">""");
            xml.Append(string.Concat(rules[r][..^1].Select(e => $"<inputEntry><text>{Escape(e)}</text></inputEntry>")));
            xml.Append($"<outputEntry><text>{Escape(rules[r][^1])}</text></outputEntry></rule>");
        }

        xml.Append("</decisionTable></decision></definitions>");
        return xml.ToString();
    }

    public static DmnModel Model(string hitPolicy, string[] inputs, string[][] rules, string? aggregation = null, string? outputValues = null) =>
        DmnParser.Parse(Table(hitPolicy, inputs, rules, aggregation, outputValues));

    private static (string Name, string Type) Split(string input) =>
        input.Split(':') is [var name, var type] ? (name, type) : (input, "string");

    private static string Escape(string text) => SecurityElement.Escape(text);
}
