using System.Collections;
using System.Globalization;

namespace ChainHarness.Simulators.Dmn.Feel;

/// <summary>
/// The values of the FEEL subset, as plain .NET values: <see cref="string"/>, <see cref="decimal"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/>, a list of those, or null. Compares them the FEEL way:
/// values of different kinds are never equal and never ordered.
/// </summary>
public static class FeelValue
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    /// <summary>True when both are the same kind and equal (null equals only null).</summary>
    public static bool AreEqual(object? a, object? b) =>
        a is null || b is null ? a is null && b is null : Compare(a, b) == 0;

    /// <summary>The order of two values of the same kind; null when they cannot be ordered.</summary>
    public static int? Compare(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (decimal x, decimal y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        _ => null,
    };

    /// <summary>
    /// An answer as the value its question expects (a DMN 1.1 prefix such as <c>feel:</c> is ignored) (<c>boolean</c>, <c>number</c>, <c>string</c>,
    /// <c>date</c>): "true"/"false", "12,5" or "12.5", "2026-05-01" or "01-05-2026". Other values are
    /// normalised (int and double become decimal) and kept.
    /// </summary>
    public static object? Coerce(object? raw, string? typeRef)
    {
        var value = Normalise(raw);
        if (value is not string text)
        {
            return value;
        }

        // DMN 1.1 files write qualified type names (feel:number); the prefix does not matter here.
        switch (typeRef?[(typeRef.IndexOf(':', StringComparison.Ordinal) + 1)..].ToLowerInvariant())
        {
            case "boolean" or "bool":
                return bool.TryParse(text.Trim(), out var b) ? b : text;
            case "number" or "integer" or "decimal" or "double" or "long":
                return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : text;
            case "date":
                return DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : text;
            default:
                return text;
        }
    }

    /// <summary>int, long, double, float become decimal; DateTime becomes DateOnly; lists are kept as lists.</summary>
    public static object? Normalise(object? raw) => raw switch
    {
        null => null,
        string or decimal or bool or DateOnly => raw,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        float f => (decimal)f,
        DateTime dt => DateOnly.FromDateTime(dt),
        IEnumerable list => list.Cast<object?>().Select(Normalise).ToList(),
        _ => raw.ToString(),
    };

    /// <summary>The value as FEEL would write it: strings quoted, numbers invariant, dates as date("…").</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => $"date(\"{date:yyyy-MM-dd}\")",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
