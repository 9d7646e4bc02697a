using ChainHarness.Engine.Chain;

namespace ChainHarness.Cli.Setup;

/// <summary>
/// The language asked for on the command line (<c>--lang en</c> or <c>--lang=en</c>), read before the commands
/// parse, so that even a parse or configuration error is written in it. Dutch unless English is asked for.
/// </summary>
internal static class LanguageArgument
{
    public static ReportLanguage From(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i].StartsWith("--lang=", StringComparison.OrdinalIgnoreCase) ? args[i]["--lang=".Length..]
                : args[i].Equals("--lang", StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count ? args[i + 1]
                : null;
            if (value is not null)
            {
                return value.Equals("en", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Dutch;
            }
        }

        return ReportLanguage.Dutch;
    }
}
