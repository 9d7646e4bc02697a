using ChainHarness.Engine.Configuration;
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
            if (!File.Exists(configFile))
            {
                throw ConfigurationErrorException.WithErrors([$"--config: there is no file '{Path.GetFileName(configFile)}' at the path given."]);
            }

            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        if (profileFiles is not null)
        {
            builder.AddInMemoryCollection(profileFiles);
        }

        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(sets.Select(Split));
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException ex)
        {
            // A JSON file that does not parse: the loader names the file and the parser the line.
            var detail = ex.InnerException?.Message ?? ex.Message;
            throw ConfigurationErrorException.WithErrors([$"--config: the file '{Path.GetFileName(configFile)}' is not valid JSON ({detail})"]);
        }
    }

    private static KeyValuePair<string, string?> Split(string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        return at <= 0 ? new(pair, null) : new(pair[..at], pair[(at + 1)..]);
    }
}
