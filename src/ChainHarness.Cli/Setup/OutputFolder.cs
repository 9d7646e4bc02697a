namespace ChainHarness.Cli.Setup;

/// <summary>
/// Checks a folder the tool will write into (<c>--report-dir</c>, <c>--history</c>) before anything
/// runs: given, not a file, and writable (created when missing, then a probe file written and removed).
/// A bad one is a usage error (exit 2) naming the option, never an internal error after the run.
/// </summary>
internal static class OutputFolder
{
    private const string Probe = ".chainharness-write-probe";

    /// <summary>The problem with <paramref name="path"/> as the folder of <paramref name="option"/>; null when it can be written. Without <paramref name="probe"/> nothing is created (only empty and file are refused).</summary>
    public static string? Problem(string option, string? path, bool probe = true)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{option}: is empty; give a folder.";
        }

        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return $"{option}: '{path}' is not a valid path.";
        }

        if (File.Exists(path))
        {
            return $"{option}: '{path}' is a file, not a folder.";
        }

        if (!probe)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(path);
            var file = Path.Combine(path, Probe);
            File.WriteAllText(file, "");
            File.Delete(file);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{option}: cannot write in '{path}' ({ex.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)}: {ex.Message}).";
        }
    }
}
