namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>The kinds of token in the FEEL subset.</summary>
internal enum FeelTokenKind
{
    String,
    Number,
    Name,
    Symbol,
    End,
}
