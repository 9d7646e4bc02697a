using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Stop;

/// <summary>Helpers for AKN/JOIN identifiers such as <c>/akn/nl/act/gm0363/2024/omgevingsplan/nld@2024-06-01;2</c>.</summary>
public static partial class AknIds
{
    /// <summary>The work of an expression (its first six segments); a work is returned as is.</summary>
    public static string WorkOf(string id)
    {
        var parts = id.Trim().Split('/');
        return parts.Length > 7 ? string.Join('/', parts.Take(7)) : id.Trim();
    }

    /// <summary>The bevoegd gezag code in a work or expression (<c>gm0363</c>), or null.</summary>
    public static string? BevoegdGezagOf(string id)
    {
        var parts = id.Trim().Split('/');
        return parts.Length > 4 ? parts[4] : null;
    }

    public static bool IsRegeling(string id) => id.StartsWith("/akn/nl/act/", StringComparison.Ordinal);

    /// <summary>The form used in Ozon API paths: every run of non-word characters becomes <c>_</c>.</summary>
    public static string UriIdentificatie(string id) => NonWord().Replace(id, "_");

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
