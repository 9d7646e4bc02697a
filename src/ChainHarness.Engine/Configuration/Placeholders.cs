using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The placeholder syntax of http driver mappings: <c>${name}</c>, <c>${json:name}</c>, <c>${national:Lvbb}</c>, <c>${env:NAME}</c>.
/// Configuration validates with it; <c>Drivers/Http/TemplateFill</c> fills it.
/// </summary>
internal static partial class Placeholders
{
    /// <summary>The prefix of a national endpoint's placeholder: <c>${national:Lvbb}</c>.</summary>
    public const string NationalPrefix = "national:";

    /// <summary>Replaces every placeholder in <paramref name="template"/> with what <paramref name="evaluate"/> gives for its name.</summary>
    public static string Replace(string template, Func<string, string> evaluate) =>
        Pattern().Replace(template, match => evaluate(match.Groups[1].Value));

    /// <summary>The national endpoints a template names (<c>${national:Lvbb}</c>), for validation.</summary>
    public static IEnumerable<string> NationalNames(string template) =>
        Pattern().Matches(template).Select(m => m.Groups[1].Value).Where(n => n.StartsWith(NationalPrefix, StringComparison.Ordinal)).Select(n => n[NationalPrefix.Length..]);

    /// <summary>The environment variables a template reads (<c>${env:NAME}</c>), for redaction.</summary>
    public static IEnumerable<string> EnvironmentNames(string template) =>
        Pattern().Matches(template).Select(m => m.Groups[1].Value).Where(n => n.StartsWith("env:", StringComparison.Ordinal)).Select(n => n[4..]);

    /// <summary>The text of a template outside its placeholders (for a credential header: the literal secret).</summary>
    public static IEnumerable<string> Literals(string template) =>
        Pattern().Split(template).Where((_, i) => i % 2 == 0).Where(p => p.Length > 0);

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.:-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
