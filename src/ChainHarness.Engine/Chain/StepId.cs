using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Chain;

/// <summary>A step id such as <c>1</c>, <c>4a</c> or <c>11</c>; ordered by number, then letter.</summary>
public readonly partial record struct StepId : IComparable<StepId>
{
    private StepId(int number, char? letter)
    {
        Number = number;
        Letter = letter;
    }

    public int Number { get; }

    public char? Letter { get; }

    public static StepId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a step id (like 3 or 4b).");

    public static bool TryParse(string? text, out StepId id)
    {
        id = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }

        var letter = match.Groups[2].Success ? char.ToLowerInvariant(match.Groups[2].Value[0]) : (char?)null;
        id = new StepId(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), letter);
        return true;
    }

    public static implicit operator StepId(string text) => Parse(text);

    public int CompareTo(StepId other) =>
        Number != other.Number ? Number.CompareTo(other.Number) : (Letter ?? ' ').CompareTo(other.Letter ?? ' ');

    public static bool operator <(StepId a, StepId b) => a.CompareTo(b) < 0;

    public static bool operator >(StepId a, StepId b) => a.CompareTo(b) > 0;

    public static bool operator <=(StepId a, StepId b) => a.CompareTo(b) <= 0;

    public static bool operator >=(StepId a, StepId b) => a.CompareTo(b) >= 0;

    public override string ToString() => Letter is null ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Number}{Letter}";

    [GeneratedRegex("^([0-9]{1,2})([a-zA-Z])?$")]
    private static partial Regex Pattern();
}
