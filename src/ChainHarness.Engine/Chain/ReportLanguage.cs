namespace ChainHarness.Engine.Chain;

/// <summary>The language of a report: Dutch by default, English on request (<c>--lang en</c>).</summary>
public enum ReportLanguage
{
    Dutch,
    English,
}
