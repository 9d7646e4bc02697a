using System.Globalization;

namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>
/// A recursive-descent parser for the FEEL subset STTR files use: literals (strings, numbers,
/// booleans, null, <c>date("…")</c>), comparisons, intervals, lists and <c>not(…)</c>.
/// </summary>
internal sealed class FeelParser
{
    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private int _at;

    public FeelParser(string text)
    {
        _text = text;
        _tokens = FeelTokenizer.Tokenize(text);
    }

    private FeelToken Current => _tokens[_at];

    /// <summary>Positive unary tests separated by commas, up to the end or a closing parenthesis.</summary>
    public List<UnaryTest> PositiveTests()
    {
        var tests = new List<UnaryTest> { PositiveTest() };
        while (Current.Is(","))
        {
            _at++;
            tests.Add(PositiveTest());
        }

        return tests;
    }

    /// <summary>One literal, the whole text.</summary>
    public object? LiteralToEnd()
    {
        var value = Literal();
        ExpectEnd();
        return value;
    }

    public bool TryNot()
    {
        if (Current.Is("not") && _tokens[_at + 1].Is("("))
        {
            _at += 2;
            return true;
        }

        return false;
    }

    public void Expect(string symbol)
    {
        if (!Current.Is(symbol))
        {
            throw Error($"verwacht '{symbol}' maar gevonden '{Describe(Current)}'");
        }

        _at++;
    }

    public void ExpectEnd()
    {
        if (Current.Kind != FeelTokenKind.End)
        {
            throw Error($"onverwacht '{Describe(Current)}'");
        }
    }

    private UnaryTest PositiveTest()
    {
        var token = Current;
        if (token.Is("[") || token.Is("]") || token.Is("("))
        {
            return Interval();
        }

        var op = token.Text switch
        {
            "<" => UnaryOperator.Less,
            "<=" => UnaryOperator.LessOrEqual,
            ">" => UnaryOperator.Greater,
            ">=" => UnaryOperator.GreaterOrEqual,
            "=" => UnaryOperator.Equal,
            "!=" => UnaryOperator.NotEqual,
            _ => (UnaryOperator?)null,
        };
        if (op is not null && token.Kind == FeelTokenKind.Symbol)
        {
            _at++;
            var bound = Literal();
            return bound is null && op is not (UnaryOperator.Equal or UnaryOperator.NotEqual)
                ? throw Error("een vergelijking met null")
                : new UnaryTest(op.Value, bound);
        }

        return new UnaryTest(UnaryOperator.Equal, Literal());
    }

    private UnaryTest Interval()
    {
        var lowClosed = Current.Is("[");
        _at++;
        var low = Literal();
        Expect("..");
        var high = Literal();
        var end = Current;
        if (!(end.Is("]") || end.Is(")") || end.Is("[")))
        {
            throw Error("een interval moet eindigen op ']', ')' of '['");
        }

        _at++;
        if (FeelValue.Compare(low, high) is null)
        {
            throw Error("de grenzen van een interval moeten twee waarden van dezelfde soort zijn");
        }

        return new UnaryTest(UnaryOperator.Range, low, high, lowClosed, end.Is("]"));
    }

    private object? Literal()
    {
        var token = Current;
        _at++;
        switch (token.Kind)
        {
            case FeelTokenKind.String:
                return token.Text;
            case FeelTokenKind.Number:
                return decimal.Parse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture);
            case FeelTokenKind.Symbol when token.Text == "-" && Current.Kind == FeelTokenKind.Number:
                return -(decimal)Literal()!;
            case FeelTokenKind.Name when token.Text is "true" or "false":
                return token.Text == "true";
            case FeelTokenKind.Name when token.Text == "null":
                return null;
            case FeelTokenKind.Name when token.Text == "date":
                Expect("(");
                var text = Current.Kind == FeelTokenKind.String ? Current.Text : throw Error("date(…) vraagt een string");
                _at++;
                Expect(")");
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw Error($"'{text}' is geen datum (jjjj-MM-dd)");
            default:
                throw Error($"verwacht een letterlijke waarde maar gevonden '{Describe(token)}' (namen en expressies vallen buiten de ondersteunde deelverzameling)");
        }
    }

    private FeelSyntaxException Error(string problem) => FeelSyntaxException.At(_text, problem);

    private static string Describe(FeelToken token) => token.Kind == FeelTokenKind.End ? "het einde" : token.Text;
}
