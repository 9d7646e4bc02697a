using System.Collections;

namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>
/// The kind of a FEEL value and of a DMN typeRef, in the Dutch words a melding uses (getal, tekst, ja/nee,
/// datum, lijst), and whether a value can be compared with a unary test's literals at all.
/// </summary>
public static class FeelKind
{
    /// <summary>The kind of a (normalised) value; null for null.</summary>
    public static string? Of(object? value) => value switch
    {
        null => null,
        string => "tekst",
        decimal => "getal",
        bool => "ja/nee",
        DateOnly => "datum",
        IEnumerable => "lijst",
        _ => "onbekend",
    };

    /// <summary>The kind a typeRef declares (a prefix such as <c>feel:</c> ignored); null when it is missing or not a FEEL base type.</summary>
    public static string? OfType(string? typeRef) =>
        typeRef?[(typeRef.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().ToLowerInvariant() switch
        {
            "boolean" or "bool" => "ja/nee",
            "number" or "integer" or "decimal" or "double" or "long" or "int" => "getal",
            "date" => "datum",
            "string" => "tekst",
            _ => null,
        };

    /// <summary>
    /// The first literal of <paramref name="tests"/> whose kind differs from <paramref name="value"/>'s
    /// (FEEL: such values are never equal and never ordered, so the test could never decide); null when
    /// they fit, the value is null, or the test is <c>-</c>. A list value is checked element by element.
    /// </summary>
    public static object? Mismatch(UnaryTests tests, object? value)
    {
        if (value is null || tests.IsWildcard)
        {
            return null;
        }

        if (value is not string && value is IEnumerable items)
        {
            return items.Cast<object?>().Select(item => Mismatch(tests, item)).FirstOrDefault(m => m is not null);
        }

        var kind = Of(value);
        return tests.Literals().FirstOrDefault(literal => Of(literal) != kind);
    }
}
