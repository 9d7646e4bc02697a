namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>The comparison a single unary test makes with the input value.</summary>
public enum UnaryOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,

    /// <summary>An interval such as <c>[1..10]</c>, <c>]1..10[</c> or DMN 1.1's <c>(50..100)</c>.</summary>
    Range,
}
