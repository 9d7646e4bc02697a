using ChainHarness.Engine.Chain;
using ChainHarness.Cli.Commands;
using ChainHarness.Cli.Setup;
using ChainHarness.Cli.Texts;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli;

/// <summary>
/// The command-line app. One top-level catch maps errors to exit codes: 2 for usage and
/// configuration, 130 for Ctrl-C, 70 for a defect in the harness itself (message only, no stack).
/// </summary>
public static class HarnessApp
{
    public const int ExitUsage = 2;
    public const int ExitCancelled = 130;
    public const int ExitInternal = 70;

    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        console ??= DefaultConsole();
        using var speaking = SpokenLanguage.Use(LanguageArgument.From(args));
        var app = new CommandApp();
        app.Configure(config => Configure(config, console));

        try
        {
            return await app.RunAsync(args, cancellationToken);
        }
        catch (ConfigurationErrorException ex)
        {
            console.MarkupLine($"[red]{Markup.Escape(ConfigurationTexts.Heading)}[/]");
            console.WriteLine(ex.Message);
            return ExitUsage;
        }
        catch (CommandAppException ex)
        {
            console.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return ExitUsage;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(CliTexts.Cancelled)}[/]");
            return ExitCancelled;
        }
        catch (Exception ex)
        {
            console.MarkupLine($"[red]{Markup.Escape(CliTexts.InternalError(ex.Message))}[/]");
            return ExitInternal;
        }
    }

    /// <summary>The commands and their settings: the one definition of the command line (tests parse the CI templates against it).</summary>
    internal static void Configure(IConfigurator config, IAnsiConsole console)
    {
        config.SetApplicationName("chainharness");
        config.Settings.Registrar.RegisterInstance(console);
        config.ConfigureConsole(console);
        config.PropagateExceptions();
        config.UseStrictParsing(); // a mistyped option (--fualt F7) is an error, not silently ignored
        config.AddCommand<RunCommand>("run").WithDescription("Run the chain for a profile (or a sweep of profiles with --profiles) and write the reports.");
        config.AddCommand<ScenariosCommand>("scenarios").WithDescription("List the demo scenarios (F1–F20 and your own) with a Dutch one-liner.");
        config.AddCommand<DemoCommand>("demo").WithDescription("Run the local chain with one scenario, narrated in Dutch, and write the HTML report.");
        config.AddCommand<BoardCommand>("board").WithDescription("Serve the live chain board for a coach: pick a scenario, watch the chain light up.");
        config.AddCommand<StepsCommand>("steps").WithDescription("List the fourteen steps and their dependencies.");
        config.AddCommand<SchemasCommand>("schemas").WithDescription("Check which official STOP/LVBB schema bundles (XSD + Schematron) the simulated LVBB finds, and where to fetch the missing ones.");
        config.AddCommand<SimulateCommand>("simulate").WithDescription("Serve every simulator on fixed loopback ports until Ctrl-C, for your own software.");
        config.AddCommand<MergeReportsCommand>("merge-reports").WithDescription("Join the report folders of a sweep's shards into one summary and one JUnit file.");
    }

    /// <summary>The terminal; plain text (no ANSI codes, no live redraws) when output goes to a file or a CI log.</summary>
    private static IAnsiConsole DefaultConsole()
    {
        if (!System.Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = 200; // a log line is not wrapped at 80 columns
        return plain;
    }
}
