using ChainHarness.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Cli.Setup;

/// <summary>
/// A folder of profile files for a sweep, one municipality per file. A file holds one profile's
/// keys at its top (<c>Municipality</c>, <c>Faults</c>, <c>Timing</c>, <c>Endpoints</c>, …: what sits
/// under <c>ChainHarness:Profiles:&lt;name&gt;</c> in a configuration file), and its name without
/// <c>.json</c> is the profile's name. The keys join the configuration as
/// <c>ChainHarness:Profiles:&lt;name&gt;:…</c>, so environment variables and <c>--set</c> still override them.
/// </summary>
internal static class ProfileFolder
{
    public static ProfileSource Load(string folder)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return ProfileSource.Broken($"--profiles: folder '{folder}' holds no profile files (*.json).");
        }

        var names = new List<string>();
        var keys = new List<KeyValuePair<string, string?>>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var label = Path.GetFileName(file);
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{label}: another file already names profile '{name}' (names ignore case).");
                continue;
            }

            var own = Read(file, label, errors);
            if (own is null)
            {
                continue;
            }

            names.Add(name);
            var prefix = $"{HarnessOptions.SectionName}:Profiles:{name}";
            keys.Add(new(prefix, null));
            keys.AddRange(own.Select(kv => new KeyValuePair<string, string?>($"{prefix}:{kv.Key}", kv.Value)));
        }

        return new ProfileSource(names, keys, errors, name => $"{name}.json");
    }

    private static List<KeyValuePair<string, string?>>? Read(string file, string label, List<string> errors)
    {
        List<KeyValuePair<string, string?>> keys;
        try
        {
            keys = [.. new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file), optional: false).Build().AsEnumerable()];
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            errors.Add($"{label}: is not a JSON object ({(ex.InnerException ?? ex).Message})");
            return null;
        }

        if (keys.Any(k => k.Key.Equals(HarnessOptions.SectionName, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"{label}: holds a whole configuration ({HarnessOptions.SectionName}:…); a profile file holds one profile's keys at its top, such as Municipality and Faults.");
            return null;
        }

        if (keys.Count == 0)
        {
            errors.Add($"{label}: holds no settings; a profile file sets at least Municipality (Code, Name, Oin).");
            return null;
        }

        return keys;
    }
}
