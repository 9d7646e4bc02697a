using System.Xml.Linq;
using ChainHarness.Engine.Reporting.Junit;

namespace ChainHarness.Engine.Sweeps.Summary;

/// <summary>
/// The sweep's one <c>junit.xml</c>: every profile's own <c>junit.xml</c> (a suite per lane) put
/// under one <c>testsuites</c>, each suite named after its profile and numbered anew. Built from the
/// profiles' files rather than rendered again, so a sweep and its merged shards say exactly what
/// the profiles' reports say.
/// </summary>
public static class SweepJunit
{
    public const string FileName = JunitReportWriter.FileName;

    /// <summary>Combines the profiles' files; <paramref name="profileFolders"/> maps profile name to its report folder.</summary>
    public static string Combine(IEnumerable<(string Profile, string Folder)> profileFolders)
    {
        var id = 0;
        var root = new XElement("testsuites");
        foreach (var (profile, folder) in profileFolders)
        {
            var own = XDocument.Load(Path.Combine(folder, FileName));
            foreach (var suite in own.Root!.Elements("testsuite"))
            {
                suite.SetAttributeValue("name", $"{profile}: {(string?)suite.Attribute("name")}");
                suite.SetAttributeValue("id", id++);
                root.Add(suite);
            }
        }

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        return document.Declaration + Environment.NewLine + document.ToString();
    }

    /// <summary>Writes the combined file into <paramref name="folder"/>, whose subfolders are named after the profiles.</summary>
    public static string Write(SweepSummary summary, string folder)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Combine(summary.Profiles.Select(p => (p.Profile, Path.Combine(folder, p.Reports)))));
        return path;
    }
}
