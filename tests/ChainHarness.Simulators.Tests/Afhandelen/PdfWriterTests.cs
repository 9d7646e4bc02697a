using System.Text;
using System.Text.RegularExpressions;
using ChainHarness.Simulators.Afhandelen;

namespace ChainHarness.Simulators.Tests.Afhandelen;

public sealed class PdfWriterTests
{
    [Test]
    public void Write_ManyLines_IsAPdfWhoseCrossReferencesPointAtItsObjects()
    {
        // Given: enough lines for two pages, with characters PDF strings must escape
        var lines = Enumerable.Range(1, 60).Select(i => $"Regel {i}: (haakjes) \\ en één").ToList();

        // When
        var pdf = PdfWriter.Write("Proef", lines);
        var text = Encoding.Latin1.GetString(pdf);

        // Then
        Assert.That(text, Does.StartWith("%PDF-1.4\n"));
        Assert.That(text.TrimEnd(), Does.EndWith("%%EOF"));
        var startxref = long.Parse(Regex.Match(text, @"startxref\n(\d+)\n").Groups[1].Value);
        Assert.That(text.Substring((int)startxref, 4), Is.EqualTo("xref"));
        var offsets = Regex.Matches(text, @"^(\d{10}) 00000 n $", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.That(offsets, Has.Count.EqualTo(8), "catalog, pages, font, info, and a page and content stream per page");
        for (var i = 0; i < offsets.Count; i++)
        {
            Assert.That(text[offsets[i]..], Does.StartWith($"{i + 1} 0 obj"));
        }

        Assert.That(text, Does.Contain("/Count 2"));
        Assert.That(text, Does.Contain(@"(Regel 1: \(haakjes\) \\ en één) Tj"));
    }

    [Test]
    public void Write_ContentStream_LengthMatchesTheStream()
    {
        var text = Encoding.Latin1.GetString(PdfWriter.Write("Proef", ["een regel"]));

        var match = Regex.Match(text, @"/Length (\d+) >>\nstream\n");
        var end = text.IndexOf("\nendstream", match.Index, StringComparison.Ordinal);
        Assert.That(end - (match.Index + match.Length), Is.EqualTo(int.Parse(match.Groups[1].Value)));
    }
}
