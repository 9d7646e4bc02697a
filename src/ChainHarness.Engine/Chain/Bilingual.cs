using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Chain;

/// <summary>
/// A text in Dutch (the werkplaats's language, the default) and in English: one entry of the text
/// catalogue (<see cref="Texts"/>). Used as a string it is the run's language (<see cref="SpokenLanguage"/>).
/// </summary>
public sealed record Bilingual(string Dutch, string English)
{
    public string In(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    /// <summary>The text in the language of the run this code runs in.</summary>
    public override string ToString() => In(SpokenLanguage.Current);

    /// <summary>Both languages joined, each with its own parts: a list of observed problems in one cause.</summary>
    public static Bilingual Join(string separator, IEnumerable<Bilingual> parts)
    {
        var list = parts.ToList();
        return new(string.Join(separator, list.Select(p => p.Dutch)), string.Join(separator, list.Select(p => p.English)));
    }

    /// <summary>Both languages side by side: one sentence followed by the next.</summary>
    public static Bilingual operator +(Bilingual first, Bilingual second) => new(first.Dutch + second.Dutch, first.English + second.English);

    /// <summary>The same words in both languages: an observed id, code or text that is no one's sentence.</summary>
    public static Bilingual Same(string text) => new(text, text);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static implicit operator string?(Bilingual? text) => text?.ToString();
}
