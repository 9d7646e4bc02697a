using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Ci;

/// <summary>
/// Parses a command line against the real command app (<see cref="HarnessApp.Configure"/>, strict
/// parsing) and stops before the command runs: the command must exist and every option must
/// exist, and required arguments must be there. Values are not judged (a CI variable such as
/// <c>$CI_NODE_INDEX</c> stands where a value goes, a file named may exist only in the CI job), so
/// a refusal by a settings' <c>Validate()</c>, which Spectre runs before the interceptor, counts as parsed.
/// </summary>
internal static class CommandLineProbe
{
    /// <summary>Null when the line parses; else the parser's message.</summary>
    public static string? Problem(IReadOnlyList<string> args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            HarnessApp.Configure(config, new TestConsole());
            config.SetInterceptor(new StopBeforeExecute());
        });
        try
        {
            app.Run(args);
            return "the command ran instead of stopping after parsing";
        }
        catch (ParsedException)
        {
            return null;
        }
        catch (CommandParseException ex)
        {
            return ex.Message;
        }
        catch (CommandRuntimeException ex)
        {
            return ex.Message.Contains("missing required argument", StringComparison.Ordinal) ? ex.Message : null;
        }
    }

    private sealed class StopBeforeExecute : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings) => throw new ParsedException();

        public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
        {
        }
    }

    private sealed class ParsedException : Exception;
}
