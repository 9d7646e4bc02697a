namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>One token: a string literal (unquoted), a number, a name or keyword, or a symbol.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text)
{
    public bool Is(string symbol) => Kind is FeelTokenKind.Symbol or FeelTokenKind.Name && Text == symbol;
}
