using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>Fills <c>${name}</c> and <c>${env:NAME}</c> in a template; an unknown name is a broken mapping.</summary>
internal static partial class Placeholders
{
    public static string Fill(string template, DriverValues values, string software) =>
        Pattern().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (name.StartsWith("env:", StringComparison.Ordinal))
            {
                return Environment.GetEnvironmentVariable(name[4..])
                    ?? throw DriverException.Missing(software, $"environment variable {name[4..]}", "set it before the run.");
            }

            return values.Text(name) ?? throw DriverException.UnknownPlaceholder(software, name, values.Names);
        });

    /// <summary>The environment variables a template reads (<c>${env:NAME}</c>), for redaction.</summary>
    public static IEnumerable<string> EnvironmentNames(string template) =>
        Pattern().Matches(template).Select(m => m.Groups[1].Value).Where(n => n.StartsWith("env:", StringComparison.Ordinal)).Select(n => n[4..]);

    /// <summary>The text of a template outside its placeholders (for a credential header: the literal secret).</summary>
    public static IEnumerable<string> Literals(string template) =>
        Pattern().Split(template).Where((_, i) => i % 2 == 0).Where(p => p.Length > 0);

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.:-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
