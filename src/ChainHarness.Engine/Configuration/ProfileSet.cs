using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Several profiles at once, for a sweep: each bound and validated on its own, so one
/// <see cref="ConfigurationErrorException"/> names every broken profile with every broken key, after
/// any production host anywhere in the configuration (<see cref="ProductionGuard"/>). A profile's
/// name is also the name of its report folder, so it must be a plain file name.
/// </summary>
public static partial class ProfileSet
{
    /// <param name="label">How an error names a profile (default: its configuration key); e.g. its file name.</param>
    public static IReadOnlyList<(string Name, ProfileOptions Profile)> Resolve(
        IConfiguration configuration, IReadOnlyList<string> names, Func<string, string>? label = null)
    {
        label ??= name => $"{HarnessOptions.SectionName}:Profiles:{name}";
        var profiles = configuration.GetSection($"{HarnessOptions.SectionName}:Profiles");
        var known = profiles.GetChildren().Select(c => c.Key).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var errors = ProductionGuard.Scan(configuration).ToList();
        var resolved = new List<(string, ProfileOptions)>();
        foreach (var name in names)
        {
            var section = profiles.GetSection(name);
            if (!section.Exists())
            {
                errors.Add(Texts.OptionTexts.NoProfile(label(name), name, known).ToString());
                continue;
            }

            var before = errors.Count;
            if (!PlainName().IsMatch(name))
            {
                errors.Add(Texts.OptionTexts.NoFolderName(label(name), name).ToString());
            }

            var profile = new ProfileOptions();
            try
            {
                section.Bind(profile, o => o.ErrorOnUnknownConfiguration = true);
                errors.AddRange(profile.Validate(label(name)));
            }
            catch (InvalidOperationException ex)
            {
                errors.AddRange(HarnessConfiguration.Describe(ex).Select(e => $"{label(name)}: {e}"));
            }

            if (errors.Count == before)
            {
                resolved.Add((name, profile));
            }
        }

        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : resolved;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PlainName();
}
