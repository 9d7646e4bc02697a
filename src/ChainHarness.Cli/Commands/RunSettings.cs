using System.ComponentModel;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Sweeps;
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

    [CommandOption("--world <URL>")]
    [Description("Join a running world (the control URL 'simulate' prints, e.g. http://127.0.0.1:9100): its national services and its simulated municipal software, shared with your own software. Faults are switched on the world, not here.")]
    public string? World { get; init; }

    [CommandOption("--non-interactive")]
    [Description("Never ask: observe drivers print their instructions and wait for the outcome (for CI).")]
    public bool NonInteractive { get; init; }

    public StepSelection Selection { get; private set; } = StepSelection.All;

    [CommandOption("--profiles <PROFILES>")]
    [Description("Sweep: run several municipalities in parallel, each isolated. A comma-separated list of profile names, or a folder of profile files (one municipality per file, its name the profile's name).")]
    public string? Profiles { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Sweep: run only the i-th of n deterministic slices (profiles sorted by name, dealt round-robin), e.g. --shard 2/4.")]
    public string? Shard { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Sweep: how many profiles run at once (default: twice the processor count).")]
    public int? Parallel { get; init; }

    public ShardSpec ShardSpec { get; private set; } = ShardSpec.Whole;

    public override ValidationResult Validate()
    {
        if (!StepSelection.TryParse(Steps, out var selection, out var error))
        {
            return ValidationResult.Error($"--steps: {error}");
        }

        Selection = selection;
        if (World is not null && (!Uri.TryCreate(World, UriKind.Absolute, out var world) || world.Scheme != "http" || !world.IsLoopback))
        {
            return ValidationResult.Error($"--world: '{World}' is not a loopback http URL such as http://127.0.0.1:9100 (the control URL 'simulate' prints).");
        }

        if (World is not null && (Faults.Length > 0 || Profiles is not null))
        {
            return ValidationResult.Error(Faults.Length > 0
                ? $"--world with --fault: faults belong to the world every party shares; switch them there: curl -X POST {World.TrimEnd('/')}/__world/faults/{Faults[0]}"
                : "--world joins one world with one profile; --profiles runs a sweep of private worlds: give one of them.");
        }

        // every option error first: probing the folders creates them, and a refused run leaves nothing behind
        var shared = base.Validate();
        var options = shared.Successful ? ValidateSweep() : shared;
        if (!options.Successful)
        {
            return options;
        }

        return (Setup.OutputFolder.Problem("--report-dir", ReportDir) ?? (History is null ? null : Setup.OutputFolder.Problem("--history", History))) is { } folder
            ? ValidationResult.Error(folder)
            : options;
    }

    private ValidationResult ValidateSweep()
    {
        if (Profiles is null)
        {
            return Shard is not null || Parallel is not null
                ? ValidationResult.Error("--shard and --parallel belong to a sweep: give --profiles as well.")
                : ValidationResult.Success();
        }

        if (Profile is not null)
        {
            return ValidationResult.Error("--profile runs one profile, --profiles a sweep: give one of them.");
        }

        if (!ShardSpec.TryParse(Shard, out var shard, out var error))
        {
            return ValidationResult.Error($"--shard: {error}");
        }

        ShardSpec = shard;
        return Parallel is < 1 ? ValidationResult.Error("--parallel: run at least 1 profile at once.") : ValidationResult.Success();
    }
}
