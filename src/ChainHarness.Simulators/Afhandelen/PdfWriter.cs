using System.Globalization;
using System.Text;

namespace ChainHarness.Simulators.Afhandelen;

/// <summary>
/// A tiny writer of real, valid PDF 1.4 files: text lines in Helvetica (WinAnsi), A4 pages, a
/// correct cross-reference table. Enough for the publishable PDF of a verzoek; nothing more.
/// </summary>
public static class PdfWriter
{
    private const int LinesPerPage = 52;
    private const int WrapAt = 95;

    public static byte[] Write(string title, IEnumerable<string> lines)
    {
        var pages = Wrap(lines).Chunk(LinesPerPage).DefaultIfEmpty([]).ToList();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{5 + (2 * i)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Title {Literal(title)} /Producer (ChainHarness) >>",
        };
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            var content = Content(page);
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {6 + (2 * i)} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }

        return Assemble(objects);
    }

    private static byte[] Assemble(List<string> objects)
    {
        var latin1 = Encoding.Latin1;
        using var output = new MemoryStream();
        void Put(string s) => output.Write(latin1.GetBytes(s));
        Put("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var n = 0; n < objects.Count; n++)
        {
            offsets.Add(output.Position);
            Put($"{n + 1} 0 obj\n{objects[n]}\nendobj\n");
        }

        var xref = output.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Put(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static string Content(IEnumerable<string> lines)
    {
        var text = new StringBuilder("BT\n/F1 10 Tf\n14 TL\n50 800 Td\n");
        foreach (var line in lines)
        {
            text.Append(Literal(line)).Append(" Tj T*\n");
        }

        return text.Append("ET").ToString();
    }

    /// <summary>A PDF literal string: Latin-1 characters kept, others replaced, delimiters escaped.</summary>
    private static string Literal(string value)
    {
        var s = new StringBuilder("(");
        foreach (var c in value)
        {
            s.Append(c switch
            {
                '(' or ')' or '\\' => "\\" + c,
                < ' ' => " ",
                > '\u00ff' => "?",
                _ => c.ToString(),
            });
        }

        return s.Append(')').ToString();
    }

    private static IEnumerable<string> Wrap(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var rest = line;
            while (rest.Length > WrapAt)
            {
                var cut = rest.LastIndexOf(' ', WrapAt) is var space and > 0 ? space : WrapAt;
                yield return rest[..cut];
                rest = "    " + rest[cut..].TrimStart();
            }

            yield return rest;
        }
    }
}
