namespace ChainHarness.Engine.Drivers;

/// <summary>
/// A driver could not do what the step asked: the supplier's API answered otherwise than its
/// mapping says, or a person gave no usable answer. The runner turns it into the failing step's
/// cause, so the message names the software, the call and what was expected versus seen.
/// </summary>
public sealed class DriverException : Exception
{
    private DriverException(string message)
        : base(message)
    {
    }

    public static DriverException UnexpectedStatus(string software, string call, int? status, string expected, string? excerpt) =>
        new($"{software}: {call} answered {(status is null ? "nothing" : status.ToString())}, expected {expected}" + (excerpt is { Length: > 0 } ? $" ({excerpt})." : "."));

    public static DriverException ExpectationFailed(string software, string call, string spec, string? seen, string expected) =>
        new($"{software}: {call}: {spec} is '{seen ?? "(absent)"}', expected '{expected}'.");

    public static DriverException Missing(string software, string what, string hint) =>
        new($"{software}: {what} is missing; {hint}");

    public static DriverException UnknownPlaceholder(string software, string name, IEnumerable<string> known) =>
        new($"{software}: the mapping uses ${{{name}}}, which has no value here. Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");

    public static DriverException NoAnswer(string software, string what) =>
        new($"{software}: {what}");
}
