using ChainHarness.Simulators.Dmn.Feel;

namespace ChainHarness.Simulators.Tests.Dmn.Feel;

public sealed class UnaryTestsTests
{
    [TestCase("-")]
    [TestCase("")]
    [TestCase("  ")]
    public void Parse_Wildcard_MatchesEverythingIncludingNull(string text)
    {
        var tests = UnaryTests.Parse(text);

        Assert.That(tests.IsWildcard, Is.True);
        Assert.That(new object?[] { null, "x", 3m, true }.All(tests.Matches), Is.True);
    }

    [TestCase("\"Voorkant\"", "Voorkant", true)]
    [TestCase("\"Voorkant\"", "voorkant", false)]
    [TestCase("\"Voorkant\",\"Zijkant\"", "Zijkant", true)]
    [TestCase("\"Voorkant\", \"Zijkant\"", "Achterkant", false)]
    [TestCase("\"\"", "", true)]
    [TestCase("\"zeg \\\"ja\\\"\"", "zeg \"ja\"", true)]
    public void Parse_StringLiterals_MatchExactly(string text, string input, bool expected) =>
        Assert.That(UnaryTests.Parse(text).Matches(input), Is.EqualTo(expected));

    [TestCase("true", true, true)]
    [TestCase("true", false, false)]
    [TestCase("false", false, true)]
    public void Parse_Booleans_MatchTheSameBoolean(string text, bool input, bool expected) =>
        Assert.That(UnaryTests.Parse(text).Matches(input), Is.EqualTo(expected));

    [TestCase("< 50", 49.9, true)]
    [TestCase("< 50", 50, false)]
    [TestCase("<= 50", 50, true)]
    [TestCase("> 175", 175, false)]
    [TestCase(">50", 50.5, true)]
    [TestCase(">= 100", 100, true)]
    [TestCase("= 7", 7, true)]
    [TestCase("!= 7", 7, false)]
    [TestCase("7", 7, true)]
    [TestCase("-3", -3, true)]
    [TestCase("> -3.5", -3, true)]
    public void Parse_Comparisons_CompareNumbers(string text, double input, bool expected) =>
        Assert.That(UnaryTests.Parse(text).Matches((decimal)input), Is.EqualTo(expected));

    [TestCase("[1..10]", 1, true)]
    [TestCase("[1..10]", 10, true)]
    [TestCase("]1..10[", 1, false)]
    [TestCase("]1..10[", 10, false)]
    [TestCase("]1..10[", 5, true)]
    [TestCase("(50..100)", 50, false)]
    [TestCase("(50..100)", 75, true)]
    [TestCase("(50..100)", 100, false)]
    [TestCase("[1..10)", 10, false)]
    [TestCase("[0..5], [10..15]", 12, true)]
    public void Parse_Intervals_RespectOpenAndClosedEnds(string text, int input, bool expected) =>
        Assert.That(UnaryTests.Parse(text).Matches((decimal)input), Is.EqualTo(expected));

    [Test]
    public void Parse_NotNull_MatchesAnyAnswerButNull()
    {
        var tests = UnaryTests.Parse("not(null)");

        Assert.That(tests.IsNegated, Is.True);
        Assert.That(tests.Matches("iets"), Is.True);
        Assert.That(tests.Matches(false), Is.True);
        Assert.That(tests.Matches(null), Is.False);
    }

    [Test]
    public void Parse_NotOfAList_MatchesWhatIsOutsideTheList()
    {
        var tests = UnaryTests.Parse("not(\"Voorkant\", \"Zijkant\")");

        Assert.That(tests.Matches("Achterkant"), Is.True);
        Assert.That(tests.Matches("Zijkant"), Is.False);
    }

    [Test]
    public void Parse_Null_MatchesOnlyNull()
    {
        var tests = UnaryTests.Parse("null");

        Assert.That(tests.Matches(null), Is.True);
        Assert.That(tests.Matches(""), Is.False);
    }

    [Test]
    public void Parse_Dates_CompareAsDates()
    {
        var tests = UnaryTests.Parse(">= date(\"2026-01-01\")");

        Assert.That(tests.Matches(new DateOnly(2026, 1, 1)), Is.True);
        Assert.That(tests.Matches(new DateOnly(2025, 12, 31)), Is.False);
    }

    [TestCase("true", "true")]
    [TestCase("< 50", "40")]
    [TestCase("\"5\"", 5)]
    public void Matches_ValueOfAnotherKind_NeverMatches(string text, object input) =>
        Assert.That(UnaryTests.Parse(text).Matches(input is int i ? (decimal)i : input), Is.False);

    [TestCase("Monument", "namen")]
    [TestCase("\"open", "niet afgesloten")]
    [TestCase("[1..]", "verwacht een letterlijke")]
    [TestCase("> null", "vergelijking met null")]
    [TestCase("[1..\"a\"]", "dezelfde soort")]
    [TestCase("not(true", "verwacht ')'")]
    [TestCase("date(\"1-2-2026\")", "is geen datum")]
    [TestCase("1 + 2", "onverwacht teken '+'")]
    public void Parse_OutsideTheSubset_ThrowsNamingTheProblem(string text, string expected)
    {
        var ex = Assert.Throws<FeelSyntaxException>(() => UnaryTests.Parse(text));

        Assert.That(ex!.Message, Does.Contain(expected));
    }
}
