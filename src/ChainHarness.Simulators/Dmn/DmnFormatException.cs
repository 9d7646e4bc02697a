namespace ChainHarness.Simulators.Dmn;

/// <summary>A file that is not DMN the parser can read: not well-formed, not DMN 1.1–1.3, or outside the subset.</summary>
public sealed class DmnFormatException : Exception
{
    private DmnFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public static DmnFormatException NotWellFormed(string detail, Exception inner) =>
        new($"Het bestand is geen welgevormde XML: {detail}", inner);

    public static DmnFormatException NotDmn(string? rootName, string? ns) =>
        new($"Het bestand is geen DMN 1.1, 1.2 of 1.3: de root is '{rootName}' in namespace '{ns ?? "(geen)"}', verwacht 'definitions' in een DMN-namespace.");

    public static DmnFormatException Invalid(string where, string problem, Exception? inner = null) =>
        new($"{where}: {problem}", inner);
}
