namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The folder where a person saves what their software exports: the files in it before an
/// instruction, and those that appeared (or changed) since.
/// </summary>
internal sealed class DropFolder(string path)
{
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    public Dictionary<string, DateTime> Snapshot(string pattern)
    {
        Directory.CreateDirectory(path);
        return new DirectoryInfo(path).EnumerateFiles(pattern).ToDictionary(f => f.FullName, f => f.LastWriteTimeUtc);
    }

    public IReadOnlyList<string> NewSince(Dictionary<string, DateTime> before, string pattern) =>
        [.. Snapshot(pattern).Where(f => !before.TryGetValue(f.Key, out var at) || at != f.Value).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key)];
}
