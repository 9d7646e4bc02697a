using ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

namespace ChainHarness.Engine.Tests.Steps.Step04aBekijkenOverheidNl;

public sealed class BekendmakingSearchTests
{
    [Test]
    public void Find_PublicationOfTheBesluit_GivesItsIdentifierAndDate()
    {
        const string json = """{"aantal":1,"publicaties":[{"identificatie":"gmb-2026-1","titel":"Wijziging","besluit":"/akn/nl/bill/gm9999/2026/b1","datumBekendmaking":"2026-03-03"}]}""";

        Assert.That(BekendmakingSearch.Find(json, "/akn/nl/bill/gm9999/2026/b1"), Is.EqualTo(new FoundBekendmaking("gmb-2026-1", "Wijziging", "2026-03-03")));
    }

    [TestCase("""{"aantal":0,"publicaties":[]}""")]
    [TestCase("""{"aantal":1,"publicaties":[{"identificatie":"gmb-2026-1","besluit":"/akn/nl/bill/gm9999/2026/other"}]}""")]
    [TestCase("not json")]
    public void Find_NoPublicationOfTheBesluit_Null(string json) =>
        Assert.That(BekendmakingSearch.Find(json, "/akn/nl/bill/gm9999/2026/b1"), Is.Null);
}
