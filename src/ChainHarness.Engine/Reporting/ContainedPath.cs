namespace ChainHarness.Engine.Reporting;

/// <summary>
/// Path containment for every file the tool writes or copies under a folder it was given: a name
/// taken from input (a profile name, a <c>reports</c> entry of a summary.json) must be a relative
/// path that stays inside that folder: no root, no drive, no <c>..</c> that climbs out.
/// </summary>
public static class ContainedPath
{
    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>, or null when it is absolute, empty or leaves the root.</summary>
    public static string? Under(string root, string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains(':', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return full.StartsWith(top, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The problem with a <c>reports</c> entry of <paramref name="source"/>'s summary.json, or null when it stays inside.</summary>
    public static string? Problem(string source, string profile, string? relative) =>
        Under(source, relative) is null
            ? $"{source}: the reports folder of profile {profile} in summary.json is not a folder inside it (an absolute path or one that climbs out with '..'); refused."
            : null;
}
