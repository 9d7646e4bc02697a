using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Loket;
using System.Xml;
using System.Xml.Linq;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step05MakenToepasbareRegel;

/// <summary>
/// What step 5 checks in the files the rules software wrote, without interpreting the rules: a
/// Conclusie and Indieningsvereisten exist, each is DMN XML, each names the activity in its
/// functioneleStructuurRef, and werkzaamheden are linked. Returns every problem, in plain words.
/// </summary>
public static class SttrFileCheck
{
    public static IReadOnlyList<Bilingual> Problems(ToepasbareRegelsSet rules, string activityId)
    {
        var problems = new List<Bilingual>();
        foreach (var type in new[] { RegelbeheerobjectType.Conclusie, RegelbeheerobjectType.Indieningsvereisten }.Where(t => rules.Files.All(f => f.Type != t)))
        {
            problems.Add(RulesTexts.NoFileOfType(type.ToString()));
        }

        var expected = FunctioneleStructuurRef.For(activityId);
        foreach (var file in rules.Files)
        {
            var references = References(file.Xml, out var notDmn);
            if (notDmn is not null)
            {
                problems.Add(RulesTexts.NotDmn(file.FileName, notDmn));
            }
            else if (!references.Contains(expected))
            {
                problems.Add(RulesTexts.NamesOtherActivity(file.FileName, activityId, references.Count == 0 ? null : string.Join(", ", references)));
            }
        }

        if (rules.Werkzaamheden.Count == 0)
        {
            problems.Add(RulesTexts.NoWerkzaamheden);
        }

        return problems;
    }

    private static List<string> References(string xml, out Bilingual? notDmn)
    {
        notDmn = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var root = XDocument.Load(reader).Root!;
            if (root.Name.LocalName != "definitions" || !root.Name.NamespaceName.Contains("omg.org/spec/DMN/", StringComparison.Ordinal))
            {
                notDmn = RulesTexts.RootNotDefinitions(root.Name.LocalName);
                return [];
            }

            return [.. root.Descendants().Where(e => e.Name.LocalName == "functioneleStructuurRef").Select(e => ((string?)e.Attribute("href") ?? "").TrimStart('#'))];
        }
        catch (XmlException ex)
        {
            notDmn = Bilingual.Same(ex.Message);
            return [];
        }
    }
}
