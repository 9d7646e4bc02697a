using System.ComponentModel;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>simulate</c>: the shared profile options (faults start switched on), and the stubs folder.</summary>
internal sealed class SimulateSettings : ProfileSettings
{
    [CommandOption("--stubs <DIR>")]
    [Description("Folder of static WireMock mappings, one subfolder per simulator (default: ChainHarness:Simulate:Stubs, 'stubs'; else the stubs shipped beside the program).")]
    public string? Stubs { get; init; }

    [CommandOption("--recordings <DIR>")]
    [Description("A dated recording folder made by Mode Record (one subfolder per endpoint): each recorded service answers what was recorded, and its built-in behaviour for the rest.")]
    public string? Recordings { get; init; }

    [CommandOption("--tls")]
    [Description("Serve the PKIoverheid services (LVBB, TR aanleveren, Verzoek afhandelen, Samenwerkfunctionaliteit, Behandeldienstconfiguraties) over HTTPS with a test CA made at start; a client certificate is required (default: ChainHarness:Simulate:Tls, off).")]
    public bool Tls { get; init; }

    [CommandOption("--print-env")]
    [Description("Also print the world's addresses as environment variables (CHAINHARNESS_WORLD, CHAINHARNESS_NATIONAL_LVBB, …) for your software's test setup.")]
    public bool PrintEnv { get; init; }

    [CommandOption("--env-file <FILE>")]
    [Description("Write the world's addresses as environment variables (KEY=VALUE lines) to this file once the world is ready.")]
    public string? EnvFile { get; init; }
}
