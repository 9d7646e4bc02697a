using Microsoft.Extensions.Configuration;

namespace ChainHarness.Cli.Setup;

/// <summary>
/// Configuration in rising precedence: <c>appsettings.json</c> beside the program, a file given
/// with <c>--config</c>, the profile files of a sweep (<c>--profiles &lt;folder&gt;</c>), environment
/// variables (<c>CHAINHARNESS__Profile=…</c>), then <c>--set Key=Value</c> pairs from the command line.
/// </summary>
internal static class HarnessConfigurationBuilder
{
    public static IConfiguration Build(string? configFile, IEnumerable<string> sets, IEnumerable<KeyValuePair<string, string?>>? profileFiles = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        if (profileFiles is not null)
        {
            builder.AddInMemoryCollection(profileFiles);
        }

        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(sets.Select(Split));
        return builder.Build();
    }

    private static KeyValuePair<string, string?> Split(string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        return at <= 0 ? new(pair, null) : new(pair[..at], pair[(at + 1)..]);
    }
}
