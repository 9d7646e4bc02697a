namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>
/// The text of one input entry of a decision table, parsed: <c>-</c> (anything), a list of positive
/// tests (<c>"Voorkant","Zijkant"</c>, <c>&lt;= 50</c>, <c>[1..10]</c>, <c>true</c>, <c>null</c>), or
/// <c>not(…)</c> of such a list. An empty text counts as <c>-</c>.
/// </summary>
public sealed class UnaryTests
{
    private UnaryTests(string text, bool wildcard, bool negated, IReadOnlyList<UnaryTest> tests)
    {
        Text = text;
        IsWildcard = wildcard;
        IsNegated = negated;
        Tests = tests;
    }

    public static UnaryTests Any { get; } = new("-", true, false, []);

    public string Text { get; }

    public bool IsWildcard { get; }

    public bool IsNegated { get; }

    public IReadOnlyList<UnaryTest> Tests { get; }

    /// <summary>Parses the text; throws <see cref="FeelSyntaxException"/> outside the supported subset.</summary>
    public static UnaryTests Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed is "" or "-")
        {
            return Any;
        }

        var parser = new FeelParser(trimmed);
        var negated = parser.TryNot();
        var tests = parser.PositiveTests();
        if (negated)
        {
            parser.Expect(")");
        }

        parser.ExpectEnd();
        return new UnaryTests(trimmed, false, negated, tests);
    }

    public bool Matches(object? value) =>
        IsWildcard || (Tests.Any(t => t.Matches(value)) != IsNegated);

    /// <summary>Every literal the tests name.</summary>
    public IEnumerable<object> Literals() => Tests.SelectMany(t => t.Literals());

    public override string ToString() => Text;
}
