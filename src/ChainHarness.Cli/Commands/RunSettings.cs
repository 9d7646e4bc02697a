using System.ComponentModel;
using ChainHarness.Engine.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>run</c>.</summary>
internal sealed class RunSettings : CommandSettings
{
    [CommandOption("-p|--profile <NAME>")]
    [Description("The profile to run (default: ChainHarness:Profile, which is 'local').")]
    public string? Profile { get; init; }

    [CommandOption("-s|--steps <STEPS>")]
    [Description("Steps to run: 'all', a range '1-4b', a list '3,4b'.")]
    public string? Steps { get; init; }

    [CommandOption("-r|--report-dir <DIR>")]
    [Description("Folder for the reports (default: ./reports).")]
    public string ReportDir { get; init; } = "reports";

    [CommandOption("-c|--config <FILE>")]
    [Description("An extra JSON configuration file.")]
    public string? ConfigFile { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. --set ChainHarness:Profiles:local:Faults:0=F7.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("-f|--fault <NAME>")]
    [Description("Inject a named fault into the simulators (repeatable), e.g. --fault F7.")]
    public string[] Faults { get; init; } = [];

    [CommandOption("--from-activity <OWID>")]
    [Description("Start the rules sub-chain from an existing OW activity; steps 1–4b are not run.")]
    public string? FromActivity { get; init; }

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
        if (ConfigFile is not null && !File.Exists(ConfigFile))
        {
            return ValidationResult.Error($"--config: file '{ConfigFile}' does not exist.");
        }

        var badSet = Sets.FirstOrDefault(s => s.IndexOf('=', StringComparison.Ordinal) <= 0);
        return badSet is null ? ValidationResult.Success() : ValidationResult.Error($"--set: '{badSet}' is not KEY=VALUE.");
    }
}
