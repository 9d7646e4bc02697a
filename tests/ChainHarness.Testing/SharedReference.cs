using NUnit.Framework;

namespace ChainHarness.Testing;

/// <summary>
/// Finds <c>shared/reference</c> (the official schemas and example deliveries) beside the clone or
/// any folder above it, or where <c>CHAINHARNESS_SHARED</c> points. Tests that need it call
/// <see cref="RequireFolder"/>, which skips them with a clear reason when it is absent.
/// </summary>
public static class SharedReference
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? Folder => Root.Value;

    /// <summary>The full path of a folder under <c>shared/reference</c>; the test is ignored when it is not there.</summary>
    public static string RequireFolder(string relative)
    {
        if (Folder is null)
        {
            Assert.Ignore("../shared/reference is absent (set CHAINHARNESS_SHARED to its shared/ folder): this test needs the official reference files.");
        }

        var path = Path.Combine(Folder!, relative);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Assert.Ignore($"shared/reference/{relative} is absent: this test needs it.");
        }

        return path;
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("CHAINHARNESS_SHARED") is { Length: > 0 } configured)
        {
            var reference = Path.Combine(configured, "reference");
            return Directory.Exists(reference) ? reference : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
