namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>A FEEL text outside the subset the evaluator understands, or not FEEL at all.</summary>
public sealed class FeelSyntaxException : Exception
{
    private FeelSyntaxException(string message)
        : base(message)
    {
    }

    public static FeelSyntaxException At(string text, string problem) =>
        new($"'{text}' is geen ondersteunde FEEL-expressie: {problem}.");
}
