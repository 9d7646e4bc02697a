namespace ChainHarness.Cli.Setup;

/// <summary>
/// Where a sweep's profiles come from: their names, the configuration keys a folder of profile
/// files adds, what was wrong with the files, and how an error names a profile.
/// </summary>
internal sealed record ProfileSource(
    IReadOnlyList<string> Names,
    IReadOnlyList<KeyValuePair<string, string?>> Keys,
    IReadOnlyList<string> Errors,
    Func<string, string>? Label = null)
{
    public static ProfileSource Broken(string error) => new([], [], [error]);

    /// <summary>
    /// <c>--profiles</c>: an existing folder of profile files, or a comma-separated list of profile
    /// names from the configuration (<c>appsettings.json</c>, <c>--config</c>).
    /// </summary>
    public static ProfileSource From(string value)
    {
        if (Directory.Exists(value))
        {
            return ProfileFolder.Load(value);
        }

        if (value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal))
        {
            return Broken($"--profiles: folder '{value}' does not exist.");
        }

        var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length == 0
            ? Broken("--profiles: name at least one profile, or a folder of profile files.")
            : new ProfileSource([.. names.Distinct(StringComparer.OrdinalIgnoreCase)], [], []);
    }
}
