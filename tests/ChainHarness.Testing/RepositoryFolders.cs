namespace ChainHarness.Testing;

/// <summary>The clone's own folders (<c>fixtures/</c>, <c>stubs/</c>), found from the test binaries.</summary>
public static class RepositoryFolders
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChainHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChainHarness.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Fixtures => Path.Combine(RepositoryRoot, "fixtures");

    public static string Stubs => Path.Combine(RepositoryRoot, "stubs");
}
