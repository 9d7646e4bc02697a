namespace ChainHarness.Cli.Setup;

/// <summary>
/// Where <c>simulate</c> reads its static mappings: <c>--stubs</c> when given; else the configured
/// folder (<c>ChainHarness:Simulate:Stubs</c>, default <c>stubs</c>) when it exists from the working
/// folder (a clone); else the <c>stubs/</c> shipped beside the program (the installed tool).
/// Null when none exists.
/// </summary>
internal static class StubsFolder
{
    public static string? Find(string? given, string configured)
    {
        var candidates = given is not null
            ? [given]
            : new[] { configured, Path.Combine(AppContext.BaseDirectory, configured) };
        return candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }
}
