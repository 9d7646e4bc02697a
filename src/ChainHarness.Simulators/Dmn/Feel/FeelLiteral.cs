namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>An output entry or literal expression: one literal value. An empty text is null.</summary>
public static class FeelLiteral
{
    /// <summary>Parses the text; throws <see cref="FeelSyntaxException"/> when it is not a single literal.</summary>
    public static object? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == 0 ? null : new FeelParser(trimmed).LiteralToEnd();
    }

    /// <summary>A comma-separated list of literals, as in outputValues or inputValues.</summary>
    public static IReadOnlyList<object?> ParseList(string? text)
    {
        var tests = UnaryTests.Parse(text);
        return tests.IsWildcard || tests.IsNegated || tests.Tests.Any(t => t.Operator != UnaryOperator.Equal)
            ? throw FeelSyntaxException.At(text ?? "", "verwacht een lijst van waarden")
            : tests.Tests.Select(t => t.Value).ToList();
    }
}
