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
        new(Texts.DriverTexts.UnexpectedStatus(software, call, status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Texts.DriverTexts.Nothing, expected, excerpt is { Length: > 0 } ? $" ({excerpt})." : "."));

    public static DriverException ExpectationFailed(string software, string call, string spec, string? seen, string expected) =>
        new(Texts.DriverTexts.ExpectationFailed(software, call, spec, seen ?? Texts.DriverTexts.Absent, expected));

    public static DriverException Missing(string software, Chain.Bilingual what, Chain.Bilingual hint) =>
        new(Texts.DriverTexts.Missing(software, what, hint));

    public static DriverException UnknownPlaceholder(string software, string name, IEnumerable<string> known) =>
        new(Texts.DriverTexts.UnknownPlaceholder(software, name, string.Join(", ", known.Order(StringComparer.Ordinal))));

    public static DriverException NoAnswer(string software, string what) =>
        new($"{software}: {what}");
}
