using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Texts;

/// <summary>The language test's detector: a service's melding is quoted as observed, any other sentence counts.</summary>
public sealed class LanguageDetectorTests
{
    [Test]
    public void ForeignSentences_EnglishCauseQuotingADutchLvbbMelding_NoneFound()
    {
        const string cause = "The LVBB rejected the delivery in validatieOpdracht gm9999-1 (verslag: afgekeurd): "
            + "LVBB1501 (fout): datumBekendmaking 2026-03-01 ligt in het verleden (vandaag is 2026-03-02). The change does not fit.";

        Assert.That(LanguageDetector.ForeignSentences(cause, dutch: false), Is.Empty);
    }

    [Test]
    public void ForeignSentences_EnglishCauseQuotingADutchTraMelding_NoneFound()
    {
        const string cause = "Toepasbare regels aanleveren refused delivery L1 (HTTP 400): c.dmn verwijst naar locatie nl.imow-gm9999.gebied.x, die Ozon niet kent. [TRA-011]";

        Assert.That(LanguageDetector.ForeignSentences(cause, dutch: false), Is.Empty);
    }

    [Test]
    public void ForeignSentences_DutchSentenceThatIsNoMelding_Found()
    {
        const string text = "The LVBB rejected the delivery. De levering is niet geldig en de LVBB keurde haar af.";

        Assert.That(LanguageDetector.ForeignSentences(text, dutch: false), Has.Count.EqualTo(1));
    }
}
