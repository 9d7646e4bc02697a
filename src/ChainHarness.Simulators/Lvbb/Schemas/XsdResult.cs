namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>The XSD errors of one file: the first ones in words, and the true total.</summary>
public sealed record XsdResult(IReadOnlyList<string> Errors, int Total)
{
    public static readonly XsdResult Valid = new([], 0);
}
