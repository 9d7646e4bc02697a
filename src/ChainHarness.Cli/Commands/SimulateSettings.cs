using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>simulate</c>.</summary>
internal sealed class SimulateSettings : CommandSettings
{
    [CommandOption("-p|--profile <NAME>")]
    [Description("The profile whose municipality and faults the simulators use (default: ChainHarness:Profile).")]
    public string? Profile { get; init; }

    [CommandOption("-c|--config <FILE>")]
    [Description("An extra JSON configuration file.")]
    public string? ConfigFile { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. --set ChainHarness:Simulate:Ports:Lvbb=9201.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("-f|--fault <NAME>")]
    [Description("Start with a named fault switched on (repeatable), e.g. --fault F7. Switch faults later with POST/DELETE on the faults URL.")]
    public string[] Faults { get; init; } = [];

    [CommandOption("--stubs <DIR>")]
    [Description("Folder of static WireMock mappings, one subfolder per simulator (default: ChainHarness:Simulate:Stubs, 'stubs').")]
    public string? Stubs { get; init; }

    public override ValidationResult Validate()
    {
        if (ConfigFile is not null && !File.Exists(ConfigFile))
        {
            return ValidationResult.Error($"--config: file '{ConfigFile}' does not exist.");
        }

        var badSet = Sets.FirstOrDefault(s => s.IndexOf('=', StringComparison.Ordinal) <= 0);
        return badSet is null ? ValidationResult.Success() : ValidationResult.Error($"--set: '{badSet}' is not KEY=VALUE.");
    }
}
