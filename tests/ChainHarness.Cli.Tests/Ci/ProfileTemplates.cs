using System.Text.Json;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Ci;

/// <summary>The profiles the documented templates define (<c>docs/profiles/*.json</c>, <c>ChainHarness:Profiles</c>).</summary>
internal static class ProfileTemplates
{
    public static IReadOnlyList<string> Names() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles"), "*.json").SelectMany(ProfilesIn)];

    private static IEnumerable<string> ProfilesIn(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.TryGetProperty("ChainHarness", out var root) && root.TryGetProperty("Profiles", out var profiles)
            ? [.. profiles.EnumerateObject().Select(p => p.Name)]
            : [];
    }
}
