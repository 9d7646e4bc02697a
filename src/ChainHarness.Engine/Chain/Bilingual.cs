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

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static implicit operator string?(Bilingual? text) => text?.ToString();
}
