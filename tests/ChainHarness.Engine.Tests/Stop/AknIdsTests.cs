using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Stop;

public sealed class AknIdsTests
{
    [TestCase("/akn/nl/act/gm0363/2024/omgevingsplan/nld@2024-06-01;2", "/akn/nl/act/gm0363/2024/omgevingsplan")]
    [TestCase("/akn/nl/act/gm0363/2024/omgevingsplan", "/akn/nl/act/gm0363/2024/omgevingsplan")]
    [TestCase("/join/id/regdata/gm9920/2021/Testeiland/nld@2021-08-25;1", "/join/id/regdata/gm9920/2021/Testeiland")]
    public void WorkOf_Expression_GivesItsWork(string id, string work) => Assert.That(AknIds.WorkOf(id), Is.EqualTo(work));

    [Test]
    public void UriIdentificatie_EachRunOfNonWordCharactersBecomesOneUnderscore() =>
        Assert.That(AknIds.UriIdentificatie("/akn/nl/act/gm0363/2024/omgevingsplan"), Is.EqualTo("_akn_nl_act_gm0363_2024_omgevingsplan"));

    [Test]
    public void BevoegdGezagOf_Work_GivesTheCode() => Assert.That(AknIds.BevoegdGezagOf("/akn/nl/bill/pv28/2021/1_7"), Is.EqualTo("pv28"));

    [TestCase("nl.imow-gm9999.activiteit.dakkapelbouwen", true)]
    [TestCase("nl.imow-mnre1034.regelingsgebied.2019000001", true)]
    [TestCase("nl.imow-gm9999.activiteit.dakkapel-bouwen", false)]
    [TestCase("nl.imow-gemeente9.activiteit.x", false)]
    [TestCase("nl.imow-gm9999.activiteit.abcdefghijklmnopqrstuvwxyz1234567", false)]
    public void OwId_TryParse_FollowsTheImowPattern(string text, bool valid) => Assert.That(OwId.TryParse(text, out _), Is.EqualTo(valid));
}
