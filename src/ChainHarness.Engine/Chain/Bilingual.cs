namespace ChainHarness.Engine.Chain;

/// <summary>A text in Dutch (the werkplaats's language, the default) and in English.</summary>
public sealed record Bilingual(string Dutch, string English)
{
    public string In(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;
}
