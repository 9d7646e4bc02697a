namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>
/// One positive unary test: a comparison with a literal (<c>"ja"</c>, <c>&lt;= 50</c>, <c>null</c>) or an
/// interval (<c>Value</c> .. <c>High</c>, each end open or closed).
/// </summary>
public sealed record UnaryTest(UnaryOperator Operator, object? Value, object? High = null, bool LowClosed = true, bool HighClosed = true)
{
    public bool Matches(object? input)
    {
        if (Operator == UnaryOperator.Equal)
        {
            return FeelValue.AreEqual(input, Value);
        }

        if (Operator == UnaryOperator.NotEqual)
        {
            return !FeelValue.AreEqual(input, Value);
        }

        if (Operator == UnaryOperator.Range)
        {
            return FeelValue.Compare(input, Value) is { } low && FeelValue.Compare(input, High) is { } high
                && (LowClosed ? low >= 0 : low > 0) && (HighClosed ? high <= 0 : high < 0);
        }

        return FeelValue.Compare(input, Value) is { } order && Operator switch
        {
            UnaryOperator.Less => order < 0,
            UnaryOperator.LessOrEqual => order <= 0,
            UnaryOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    /// <summary>The literal values this test names (its bounds), for working out which inputs matter.</summary>
    public IEnumerable<object> Literals()
    {
        if (Value is not null)
        {
            yield return Value;
        }

        if (High is not null)
        {
            yield return High;
        }
    }
}
