using System.Text.Json;
using System.Text.RegularExpressions;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Texts;

/// <summary>
/// What a language test reads of a run: the console, report.html, junit.xml, the findings list and the texts of
/// report.json (its free texts, and of each Dutch/English pair only the side of the run's language), each
/// checked with <see cref="LanguageDetector"/>.
/// </summary>
internal static partial class LanguageSurfaces
{
    public static IEnumerable<string> Problems(string where, string text, bool dutch) =>
        LanguageDetector.ForeignSentences(text, dutch).Select(s => $"{where}: {s}");

    public static IEnumerable<string> ReportFolder(string where, string folder, bool dutch)
    {
        foreach (var file in new[] { "report.html", "junit.xml", "findings.md", "findings.csv" })
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                var text = File.ReadAllText(path);
                text = file == "report.html" ? WithoutStyleAndEvidence().Replace(text, " ") : text;
                foreach (var problem in Problems($"{where} {file}", System.Net.WebUtility.HtmlDecode(text), dutch))
                {
                    yield return problem;
                }
            }
        }

        var json = Path.Combine(folder, "report.json");
        if (File.Exists(json))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            foreach (var problem in Json($"{where} report.json", document.RootElement, dutch))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Every text value of a JSON document in the run's language: evidence (the exchanges as seen) and the other language's side of a pair left out.</summary>
    public static IEnumerable<string> Json(string where, JsonElement element, bool dutch, string? name = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()
                    .Where(p => p.Name is not ("evidence" or "dutchName" or "englishName") && p.Name != (dutch ? "en" : "nl")))
                {
                    foreach (var problem in Json(where, property.Value, dutch, property.Name))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var problem in element.EnumerateArray().SelectMany(item => Json(where, item, dutch, name)))
                {
                    yield return problem;
                }

                break;
            case JsonValueKind.String:
                foreach (var problem in Problems($"{where} {name}", element.GetString()!, dutch))
                {
                    yield return problem;
                }

                break;
        }
    }

    // The stylesheet, the script, and the evidence (requests and answers exactly as exchanged) are not prose.
    [GeneratedRegex(@"<style.*?</style>|<script.*?</script>|<pre.*?</pre>|<details class=""evidence""><summary>.*?</summary>", RegexOptions.Singleline)]
    private static partial Regex WithoutStyleAndEvidence();
}
