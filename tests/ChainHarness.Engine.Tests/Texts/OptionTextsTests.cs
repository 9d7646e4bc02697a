using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Tests.Texts;

/// <summary>A configuration error speaks the run's language: Dutch by default, English with <c>--lang en</c>, each naming its key.</summary>
public sealed class OptionTextsTests
{
    private static readonly TimingOptions Wrong = new() { Retries = 11, PollInterval = TimeSpan.Zero };

    [Test]
    public void Validate_ByDefault_SaysWhatIsWrongInDutch()
    {
        var errors = Wrong.Validate("P:Timing").ToList();

        Assert.That(errors, Does.Contain("P:Timing:Retries: moet tussen 0 en 10 liggen.").And.Contain("P:Timing:PollInterval: moet groter dan nul zijn."));
    }

    [Test]
    public void Validate_InEnglish_SaysItInEnglish()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English);

        var errors = Wrong.Validate("P:Timing").ToList();

        Assert.That(errors, Does.Contain("P:Timing:Retries: must be between 0 and 10.").And.Contain("P:Timing:PollInterval: must be more than zero."));
    }

    [Test]
    public void UnknownKey_ByDefault_IsDutch()
    {
        Assert.That(OptionTexts.UnknownKey("P:Timng", ["Timing"]).ToString(), Is.EqualTo("P:Timng: onbekende sleutel. Bekende sleutels hier: Timing."));
    }
}
