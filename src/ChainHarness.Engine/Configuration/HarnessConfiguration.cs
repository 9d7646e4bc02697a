using Microsoft.Extensions.Configuration;

namespace ChainHarness.Engine.Configuration;

/// <summary>Binds and validates <see cref="HarnessOptions"/>, turning binder errors into key-named messages.</summary>
public static partial class HarnessConfiguration
{
    /// <summary>
    /// The options of the chosen profile, or a <see cref="ConfigurationErrorException"/> listing every
    /// error. Any URL on a production DSO or LVBB host, in any profile, is refused first.
    /// </summary>
    public static (string Name, ProfileOptions Profile) Resolve(IConfiguration configuration, string? profileOverride = null)
    {
        var production = ProductionGuard.Scan(configuration);
        if (production.Count > 0)
        {
            throw ConfigurationErrorException.WithErrors(production);
        }

        var options = Bind(configuration);
        var name = profileOverride ?? options.Profile;
        if (!options.Profiles.TryGetValue(name, out var profile))
        {
            throw ConfigurationErrorException.UnknownProfile(name, options.Profiles.Keys);
        }

        var errors = profile.Validate($"{HarnessOptions.SectionName}:Profiles:{name}");
        return errors.Count > 0 ? throw ConfigurationErrorException.WithErrors(errors) : (name, profile);
    }

    public static HarnessOptions Bind(IConfiguration configuration)
    {
        var section = configuration.GetSection(HarnessOptions.SectionName);
        var options = new HarnessOptions();
        if (ConfigurationTypeCheck.Errors(section, typeof(HarnessOptions)) is { Count: > 0 } typeErrors)
        {
            throw ConfigurationErrorException.WithErrors(typeErrors);
        }

        try
        {
            section.Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            throw ConfigurationErrorException.WithErrors(Describe(ex));
        }

        return options;
    }

    internal static IEnumerable<string> Describe(Exception ex)
    {
        // The binder reports one problem per exception, with the key in its message; keep its words,
        // drop its type names and the value (a mistyped key may hold a secret).
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException or FormatException)
            {
                yield return ValueQuoted().Replace(e.Message.Replace("Microsoft.Extensions.Configuration.", "", StringComparison.Ordinal), "value (not shown)");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"value '[^']*'|String '[^']*'|^\S+ is not a valid value", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ValueQuoted();
}
