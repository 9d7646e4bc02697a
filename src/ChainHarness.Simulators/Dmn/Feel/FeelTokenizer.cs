using System.Text;

namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>Splits a FEEL unary test or literal into tokens: strings, numbers, names, symbols.</summary>
internal static class FeelTokenizer
{
    private static readonly string[] Symbols = ["<=", ">=", "!=", "..", "<", ">", "=", "(", ")", "[", "]", ",", "-"];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                tokens.Add(new FeelToken(FeelTokenKind.String, ReadString(text, ref i)));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(new FeelToken(FeelTokenKind.Number, ReadNumber(text, ref i)));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i]));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw FeelSyntaxException.At(text, $"onverwacht teken '{c}'");
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol));
                i += symbol.Length;
            }
        }

        tokens.Add(new FeelToken(FeelTokenKind.End, ""));
        return tokens;
    }

    private static string ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                return value.ToString();
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                c = text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other };
            }

            value.Append(c);
        }

        throw FeelSyntaxException.At(text, "een string is niet afgesloten");
    }

    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return text[start..i];
    }
}
