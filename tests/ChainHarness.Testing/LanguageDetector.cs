using System.Text.RegularExpressions;

namespace ChainHarness.Testing;

/// <summary>
/// Finds sentences of the other language in a text, by function words: "the, which, did, not …" are English,
/// "de, het, niet, stap, een …" Dutch. Identifiers, codes, URLs, paths, XML and quoted words (an observed
/// status such as 'in behandeling', a Dutch product name) are removed first; a sentence counts as the other
/// language when it has at least two of its function words and more than of the expected language's.
/// A service's melding is its own words, quoted as observed (<c>LVBB1501 (fout): …</c>, <c>… [TRA-011]</c>): real
/// LVBB and DSO meldingen are Dutch, so an English report quotes them in Dutch; they are removed like quoted words.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "which", "did", "not", "was", "were", "could", "answer", "answers", "step", "this", "that", "with", "from",
        "does", "has", "have", "when", "will", "its", "there", "been", "because", "should", "must", "found", "and",
        "within", "no", "after", "before", "waiting", "than", "into", "only", "never", "any", "every", "what",
        "why", "who", "whom", "shows", "passed", "failed", "skipped", "cannot", "gave", "got", "expected",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "niet", "stap", "werd", "een", "geen", "van", "voor", "wordt", "zijn", "naar", "bij", "deze",
        "dat", "die", "wacht", "heeft", "kan", "nog", "ook", "maar", "uit", "door", "omdat", "waar", "binnen",
        "antwoordt", "gaf", "kon", "en", "na", "wat", "wie", "waarom", "geslaagd", "gefaald", "overgeslagen",
        "uitgevoerd", "verwacht", "moet", "heb", "hebben", "zou", "gevonden", "toont", "keurt", "keurde",
    };

    /// <summary>The sentences of <paramref name="text"/> that read as the other language than <paramref name="dutch"/> says.</summary>
    public static IReadOnlyList<string> ForeignSentences(string text, bool dutch)
    {
        var foreign = new List<string>();
        foreach (var sentence in Sentences().Split(Clean(text)))
        {
            var words = Word().Matches(sentence).Select(m => m.Value).ToList();
            var en = words.Count(English.Contains);
            var nl = words.Count(Dutch.Contains);
            var (own, other) = dutch ? (nl, en) : (en, nl);
            if (other >= 2 && other > own)
            {
                foreign.Add(sentence.Trim());
            }
        }

        return foreign;
    }

    private static string Clean(string text)
    {
        text = Markup().Replace(text, " ");
        text = ServiceMelding().Replace(text, " ");
        text = Url().Replace(text, " ");
        text = Quoted().Replace(text, " ");
        return Identifier().Replace(text, " ");
    }

    [GeneratedRegex(@"<[^>]{0,400}>")]
    private static partial Regex Markup();

    // "CODE (ernst): description" up to the end of its sentence, or "description [TRA-011]".
    // The console wraps long lines, so a melding may run on over line breaks.
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\d\s+\((?:fout|waarschuwing|informatie|[a-z]+)\):\s.*?(?:;\s|\.(?=\s)|\.?\z)|[^:;]*\[[A-Z]{2,}-\d{3}\]", RegexOptions.Singleline)]
    private static partial Regex ServiceMelding();

    [GeneratedRegex(@"\b(?:https?|file)://\S+|(?:/[\w.\-{}]+){2,}/?")]
    private static partial Regex Url();

    [GeneratedRegex(@"'[^'\n]{1,80}'|‘[^’\n]{1,80}’|“[^”\n]{1,80}”|«[^»\n]{1,80}»")]
    private static partial Regex Quoted();

    // Words with digits, dots, underscores, or an inner capital (idLevering, LVBB1501, gm9999-…, nl.imow-…).
    [GeneratedRegex(@"\S*(?:\d|_|\.\w|[a-z][A-Z])\S*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<=[.!?;:])\s+|\n+|\r+|\s[—–]\s")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
