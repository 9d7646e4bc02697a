using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Tests.Dmn.Feel;

public sealed class FeelValueTests
{
    [Test]
    public void Coerce_TextAnswers_BecomeTheTypeTheInputExpects()
    {
        Assert.That(FeelValue.Coerce("true", "boolean"), Is.EqualTo(true));
        Assert.That(FeelValue.Coerce("12,5", "number"), Is.EqualTo(12.5m));
        Assert.That(FeelValue.Coerce("180", "number"), Is.EqualTo(180m));
        Assert.That(FeelValue.Coerce("01-05-2026", "date"), Is.EqualTo(new DateOnly(2026, 5, 1)));
        Assert.That(FeelValue.Coerce("2026-05-01", "date"), Is.EqualTo(new DateOnly(2026, 5, 1)));
        Assert.That(FeelValue.Coerce("Voorkant", "string"), Is.EqualTo("Voorkant"));
        Assert.That(FeelValue.Coerce("60", "feel:number"), Is.EqualTo(60m), "DMN 1.1 qualified type names");
    }

    [Test]
    public void Coerce_TypedValues_AreNormalised()
    {
        Assert.That(FeelValue.Coerce(3, "number"), Is.EqualTo(3m));
        Assert.That(FeelValue.Coerce(2.5d, null), Is.EqualTo(2.5m));
        Assert.That(FeelValue.Coerce(true, "string"), Is.EqualTo(true));
        Assert.That(FeelValue.Coerce("misschien", "boolean"), Is.EqualTo("misschien"), "unparseable text stays text, so no rule matches it");
    }

    [Test]
    public void Format_Values_AsFeelWritesThem()
    {
        Assert.That(FeelValue.Format("ja"), Is.EqualTo("\"ja\""));
        Assert.That(FeelValue.Format(1.5m), Is.EqualTo("1.5"));
        Assert.That(FeelValue.Format(null), Is.EqualTo("null"));
        Assert.That(FeelValue.Format(new List<object?> { true, "x" }), Is.EqualTo("[true, \"x\"]"));
    }
}
