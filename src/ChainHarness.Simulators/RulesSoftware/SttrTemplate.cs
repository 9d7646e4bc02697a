using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.RulesSoftware;

/// <summary>
/// Turns a Testdorp template into the STTR file for one activity: every functioneleStructuurRef names
/// the activity, every geoVerwijzing asks about its werkingsgebied. For the TR-OVERLAP fault it adds a
/// rule to the entry decision's table that overlaps the others with a different conclusion.
/// </summary>
internal static class SttrTemplate
{
    public static string Write(string template, string functioneleStructuurRef, string? locationId, bool addOverlap)
    {
        var document = DmnParser.LoadXml(template);
        var root = document.Root!;
        XNamespace dmn = root.Name.NamespaceName;
        foreach (var reference in Sttr(root, "functioneleStructuurRef"))
        {
            reference.SetAttributeValue("href", functioneleStructuurRef);
        }

        if (locationId is not null)
        {
            foreach (var location in Sttr(root, "geoVerwijzing").SelectMany(g => g.Elements().Where(e => e.Name.LocalName == "locatie")))
            {
                location.SetAttributeValue("identificatie", locationId);
            }
        }

        if (addOverlap)
        {
            AddOverlap(root, dmn);
        }

        return Serialise(document);
    }

    private static void AddOverlap(XElement root, XNamespace dmn)
    {
        var entry = root.Elements(dmn + "decision").First(d => Sttr(d, "functioneleStructuurRef").Any());
        var table = entry.Element(dmn + "decisionTable")!;
        var copy = new XElement(table.Elements(dmn + "rule").Last());
        foreach (var element in copy.DescendantsAndSelf().Where(e => e.Attribute("id") is not null))
        {
            element.SetAttributeValue("id", element.Attribute("id")!.Value + "-dubbel");
        }

        foreach (var input in copy.Elements(dmn + "inputEntry").Skip(1))
        {
            input.Element(dmn + "text")!.Value = "-";
        }

        var output = copy.Element(dmn + "outputEntry")!.Element(dmn + "text")!;
        output.Value = output.Value.Contains(SttrConclusies.Vergunningplicht, StringComparison.Ordinal)
            ? $"\"{SttrConclusies.Toestemmingsvrij}\""
            : $"\"{SttrConclusies.Vergunningplicht}\"";
        table.Add(copy);
    }

    private static IEnumerable<XElement> Sttr(XElement scope, string localName) =>
        scope.Descendants().Where(e => e.Name.LocalName == localName && e.Name.NamespaceName.StartsWith(DmnNamespaces.SttrBase, StringComparison.Ordinal)).ToList();

    private static string Serialise(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
