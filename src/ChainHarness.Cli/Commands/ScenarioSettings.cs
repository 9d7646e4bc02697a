using System.ComponentModel;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>scenarios</c>: a folder with the user's own scenario files.</summary>
internal class ScenarioSettings : CommandSettings
{
    [CommandOption("--scenarios <DIR>")]
    [Description("A folder of your own scenarios (one JSON file each), beside the built-in ones.")]
    public string? ScenarioFolder { get; init; }
}
