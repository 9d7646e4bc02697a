using System.Xml.Linq;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Turns one ISO Schematron file with <c>queryBinding="xslt2"</c> (the official STOP/LVBB ones)
/// into an XSLT 2.0 stylesheet, the way the ISO skeleton does: one mode per pattern, the rules of a
/// pattern as templates in falling priority (a node fires only the first rule that matches it),
/// <c>let</c> as variables (schema and pattern lets global, rule lets local), an assert as
/// <c>xsl:if test="not(…)"</c>, a report as <c>xsl:if</c>. The XSLT inside the Schematron
/// (<c>xsl:for-each</c>, <c>xsl:choose</c>, <c>xsl:key</c>, literal elements in a let) is copied
/// as is. Each failing assert or firing report writes one line:
/// <c>@@id␟role␟path␟message</c> (message whitespace-normalised).
/// </summary>
public static class SchematronCompiler
{
    public static readonly XNamespace Sch = "http://purl.oclc.org/dsdl/schematron";
    public static readonly XNamespace Xsl = "http://www.w3.org/1999/XSL/Transform";
    public const char Separator = '\u241F';
    public const string LineStart = "@@";

    public static XDocument Compile(XDocument schematron)
    {
        var schema = schematron.Root ?? throw new InvalidOperationException("The Schematron file is empty.");
        var stylesheet = new XElement(
            Xsl + "stylesheet",
            new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "xsl", Xsl.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xs", "http://www.w3.org/2001/XMLSchema"),
            new XAttribute("exclude-result-prefixes", "#all"));
        foreach (var ns in schema.Elements(Sch + "ns"))
        {
            var prefix = (string?)ns.Attribute("prefix");
            if (prefix is { Length: > 0 } && prefix != "xsl" && prefix != "xs")
            {
                stylesheet.Add(new XAttribute(XNamespace.Xmlns + prefix, (string?)ns.Attribute("uri") ?? ""));
            }
        }

        stylesheet.Add(new XElement(Xsl + "output", new XAttribute("method", "text"), new XAttribute("encoding", "UTF-8")));
        stylesheet.Add(schema.Elements().Where(e => e.Name.Namespace == Xsl).Select(e => (XElement)Inner(e)!));
        stylesheet.Add(schema.Elements(Sch + "let").Select(Let));

        var patterns = schema.Elements(Sch + "pattern").ToList();
        var start = new XElement(Xsl + "template", new XAttribute("match", "/"));
        for (var p = 0; p < patterns.Count; p++)
        {
            var mode = $"M{p}";
            start.Add(new XElement(Xsl + "apply-templates", new XAttribute("select", "/"), new XAttribute("mode", mode)));
            stylesheet.Add(patterns[p].Elements(Sch + "let").Select(Let));
            var rules = patterns[p].Elements(Sch + "rule").ToList();
            for (var r = 0; r < rules.Count; r++)
            {
                stylesheet.Add(Rule(rules[r], mode, 1000 - r));
            }

            stylesheet.Add(new XElement(Xsl + "template", new XAttribute("match", "text()"), new XAttribute("priority", "-1"), new XAttribute("mode", mode)));
            stylesheet.Add(new XElement(
                Xsl + "template",
                new XAttribute("match", "@*|node()"),
                new XAttribute("priority", "-2"),
                new XAttribute("mode", mode),
                Descend(mode)));
        }

        stylesheet.AddFirst(start);
        return new XDocument(stylesheet);
    }

    private static XElement Rule(XElement rule, string mode, int priority)
    {
        var template = new XElement(
            Xsl + "template",
            new XAttribute("match", (string?)rule.Attribute("context") ?? "/"),
            new XAttribute("priority", priority),
            new XAttribute("mode", mode));
        foreach (var child in rule.Elements())
        {
            if (child.Name == Sch + "let")
            {
                template.Add(Let(child));
            }
            else if (child.Name == Sch + "assert" || child.Name == Sch + "report")
            {
                template.Add(Check(child, negate: child.Name == Sch + "assert"));
            }
        }

        template.Add(Descend(mode));
        return template;
    }

    private static XElement Check(XElement check, bool negate)
    {
        var test = (string?)check.Attribute("test") ?? "true()";
        var id = (string?)check.Attribute("id") ?? "";
        var role = (string?)check.Attribute("role") ?? "";
        const string message = "chs-message";
        return new XElement(
            Xsl + "if",
            new XAttribute("test", negate ? $"not({test})" : test),
            new XElement(Xsl + "variable", new XAttribute("name", message), check.Nodes().Select(Content)),
            new XElement(
                Xsl + "value-of",
                new XAttribute("select", $"concat('\n{LineStart}', {Literal(id)}, '{Separator}', {Literal(role)}, '{Separator}', path(.), '{Separator}', normalize-space(${message}))")));
    }

    private static XElement Let(XElement let)
    {
        var variable = new XElement(Xsl + "variable", new XAttribute("name", (string?)let.Attribute("name") ?? ""));
        if (let.Attribute("value") is { } value)
        {
            variable.Add(new XAttribute("select", value.Value));
        }
        else
        {
            variable.Add(let.Nodes().Select(Content));
        }

        return variable;
    }

    /// <summary>Message and let content: text stays text, <c>value-of</c> and <c>name</c> become XSLT, XSLT and literal elements are copied.</summary>
    private static object? Content(XNode node) => node switch
    {
        XText text => new XElement(Xsl + "text", text.Value),
        XElement e when e.Name == Sch + "value-of" => new XElement(Xsl + "value-of", new XAttribute("select", (string?)e.Attribute("select") ?? ".")),
        XElement e when e.Name == Sch + "name" => new XElement(Xsl + "value-of", new XAttribute("select", $"name({(string?)e.Attribute("path") ?? "."})")),
        XElement e when e.Name.Namespace == Sch => e.Nodes().Select(Content).ToList(),
        XElement e => Inner(e),
        _ => null,
    };

    /// <summary>Inside XSLT or a literal element: text stays as it is, Schematron elements are still translated.</summary>
    private static object? Inner(XNode node) => node switch
    {
        XText text => new XText(text.Value),
        XElement e when e.Name.Namespace == Sch => Content(e),
        XElement e => new XElement(e.Name, e.Attributes(), e.Nodes().Select(Inner)),
        _ => null,
    };

    private static XElement Descend(string mode) =>
        new(Xsl + "apply-templates", new XAttribute("select", "@*|*"), new XAttribute("mode", mode));

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
