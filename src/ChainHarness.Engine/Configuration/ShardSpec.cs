using System.Globalization;
using ChainHarness.Engine.Sweeps;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// One of <see cref="Count"/> deterministic slices of a sweep, written <c>i/n</c> with i from 1 to
/// n (as CI matrices count). The profiles are sorted by name (ignoring case, then exactly) and
/// dealt round-robin: the k-th profile (from 0) goes to shard <c>k mod n + 1</c>. Round-robin
/// rather than contiguous slices, so municipalities named alike (often one supplier's, and alike
/// in how long they take) are spread over the jobs. The same names and n always give the same slices.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec Whole { get; } = new(1, 1);

    public bool IsWhole => Count == 1;

    /// <summary>Parses <c>i/n</c>; the error says what is wrong in plain words.</summary>
    public static bool TryParse(string? text, out ShardSpec shard, out string? error)
    {
        shard = Whole;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"'{text}' is not a shard; write i/n, e.g. 2/4 for the second of four slices.";
            return false;
        }

        if (count < 1 || index < 1 || index > count)
        {
            error = $"'{text}': the shard number must lie between 1 and the number of shards.";
            return false;
        }

        shard = new ShardSpec(index, count);
        return true;
    }

    /// <summary>This shard's names, in sorted order.</summary>
    public IReadOnlyList<string> Select(IEnumerable<string> names) =>
        [.. Sorted(names).Where((_, k) => k % Count == Index - 1)];

    /// <summary>The order every shard agrees on.</summary>
    public static IReadOnlyList<string> Sorted(IEnumerable<string> names) =>
        [.. names.Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal)];

    public override string ToString() => $"{Index}/{Count}";
}
