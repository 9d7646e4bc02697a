using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Tests.Dmn.Feel;

public sealed class FeelLiteralTests
{
    [Test]
    public void Parse_EachLiteralKind_GivesItsDotNetValue()
    {
        Assert.That(FeelLiteral.Parse("\"Vergunningplicht\""), Is.EqualTo("Vergunningplicht"));
        Assert.That(FeelLiteral.Parse("12.5"), Is.EqualTo(12.5m));
        Assert.That(FeelLiteral.Parse("-2"), Is.EqualTo(-2m));
        Assert.That(FeelLiteral.Parse("true"), Is.EqualTo(true));
        Assert.That(FeelLiteral.Parse("null"), Is.Null);
        Assert.That(FeelLiteral.Parse(""), Is.Null);
        Assert.That(FeelLiteral.Parse("date(\"2026-05-01\")"), Is.EqualTo(new DateOnly(2026, 5, 1)));
    }

    [TestCase("\"a\" \"b\"")]
    [TestCase("Monument")]
    [TestCase("< 5")]
    public void Parse_NotASingleLiteral_Throws(string text) =>
        Assert.Throws<FeelSyntaxException>(() => FeelLiteral.Parse(text));

    [Test]
    public void ParseList_OutputValues_GivesEachValueInOrder() =>
        Assert.That(FeelLiteral.ParseList("\"Vergunningplicht\",\"Toestemmingsvrij\""), Is.EqualTo(new[] { "Vergunningplicht", "Toestemmingsvrij" }));

    [Test]
    public void ParseList_Comparison_Throws() =>
        Assert.Throws<FeelSyntaxException>(() => FeelLiteral.ParseList("> 5"));
}
