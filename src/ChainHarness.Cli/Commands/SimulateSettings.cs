using System.ComponentModel;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>simulate</c>: the shared profile options (faults start switched on), and the stubs folder.</summary>
internal sealed class SimulateSettings : ProfileSettings
{
    [CommandOption("--stubs <DIR>")]
    [Description("Folder of static WireMock mappings, one subfolder per simulator (default: ChainHarness:Simulate:Stubs, 'stubs'; else the stubs shipped beside the program).")]
    public string? Stubs { get; init; }
}
