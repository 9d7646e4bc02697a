using System.ComponentModel;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>run</c>.</summary>
internal sealed class RunSettings : ProfileSettings
{
    [CommandOption("-s|--steps <STEPS>")]
    [Description("Steps to run: 'all', a range '1-4b', a list '3,4b'.")]
    public string? Steps { get; init; }

    [CommandOption("-r|--report-dir <DIR>")]
    [Description("Folder for the reports (default: ./reports).")]
    public string ReportDir { get; init; } = "reports";

    [CommandOption("--from-activity <OWID>")]
    [Description("Start the rules sub-chain from an existing OW activity; steps 1–4b are not run.")]
    public string? FromActivity { get; init; }

    [CommandOption("--non-interactive")]
    [Description("Never ask: observe drivers print their instructions and wait for the outcome (for CI).")]
    public bool NonInteractive { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Language of the console and the reports: nl (default) or en.")]
    public string Lang { get; init; } = "nl";

    [CommandOption("--history <DIR>")]
    [Description("Keep each run's report.json in this folder and say what changed since the previous run of the profile.")]
    public string? History { get; init; }

    public StepSelection Selection { get; private set; } = StepSelection.All;

    public ReportLanguage Language => Lang.Equals("en", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Dutch;

    public override ValidationResult Validate()
    {
        if (!StepSelection.TryParse(Steps, out var selection, out var error))
        {
            return ValidationResult.Error($"--steps: {error}");
        }

        Selection = selection;
        if (!(Lang.Equals("nl", StringComparison.OrdinalIgnoreCase) || Lang.Equals("en", StringComparison.OrdinalIgnoreCase)))
        {
            return ValidationResult.Error($"--lang: '{Lang}' is not a report language; use nl or en.");
        }

        return base.Validate();
    }
}
