using ChainHarness.Engine.Configuration;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Finds the official schema bundles: <c>Schemas:StopTpod</c> (one bundle), <c>Schemas:Bundles</c>
/// (<c>--schemas</c>), <c>CHAINHARNESS_SCHEMAS</c>, <c>../shared/reference</c> beside the working
/// folder, the user's cache. The first place that holds a bundle wins; each place may be a bundle
/// itself or a folder of bundles.
/// </summary>
public static class SchemaBundles
{
    public const string EnvironmentVariable = "CHAINHARNESS_SCHEMAS";

    /// <summary><c>$XDG_CACHE_HOME/chainharness/schemas</c> or <c>~/.cache/chainharness/schemas</c>: where fetched bundles are kept.</summary>
    public static string CacheFolder =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "chainharness",
            "schemas");

    /// <summary>Every place looked at, in order, with what it is called in a report.</summary>
    public static IReadOnlyList<(string Folder, string Source)> Places(SchemaOptions options)
    {
        var places = new List<(string, string)>();
        if (options.StopTpod is { Length: > 0 } single)
        {
            places.Add((single, "Schemas:StopTpod"));
        }

        if (options.Bundles is { Length: > 0 } bundles)
        {
            places.Add((bundles, "Schemas:Bundles"));
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } variable)
        {
            places.Add((variable, EnvironmentVariable));
        }

        places.Add((Path.Combine(Directory.GetCurrentDirectory(), "..", "shared", "reference"), "../shared/reference"));
        places.Add((CacheFolder, "~/.cache/chainharness/schemas"));
        return places;
    }

    /// <summary>The bundles of the first place that has any, and that place; none found: empty.</summary>
    public static (IReadOnlyList<SchemaBundle> Bundles, string Source) Locate(SchemaOptions options)
    {
        foreach (var (folder, source) in Places(options))
        {
            var found = In(folder);
            if (found.Count > 0)
            {
                return (found, source);
            }
        }

        return ([], "");
    }

    /// <summary>The folder itself when it is a bundle, else the known bundles directly under it.</summary>
    public static IReadOnlyList<SchemaBundle> In(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        if (SchemaBundle.TryOpen(folder) is { } bundle)
        {
            return [bundle];
        }

        return [.. SchemaBundle.Sources.Keys.Select(name => SchemaBundle.TryOpen(Path.Combine(folder, name))).OfType<SchemaBundle>()];
    }
}
