using System.ComponentModel;
using ChainHarness.Engine.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>run</c>.</summary>
internal sealed class RunSettings : LanguageSettings
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

    [CommandOption("--history <DIR>")]
    [Description("Keep each run's report.json in this folder and say what changed since the previous run of the profile.")]
    public string? History { get; init; }

    [CommandOption("--non-interactive")]
    [Description("Never ask: observe drivers print their instructions and wait for the outcome (for CI).")]
    public bool NonInteractive { get; init; }

    public StepSelection Selection { get; private set; } = StepSelection.All;

    public override ValidationResult Validate()
    {
        if (!StepSelection.TryParse(Steps, out var selection, out var error))
        {
            return ValidationResult.Error($"--steps: {error}");
        }

        Selection = selection;
        return base.Validate();
    }
}
