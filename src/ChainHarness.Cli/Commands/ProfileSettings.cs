using System.ComponentModel;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Texts;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>The options every command that reads a profile shares: which profile, extra configuration, faults.</summary>
internal abstract class ProfileSettings : CommandSettings
{
    [CommandOption("-p|--profile <NAME>")]
    [Description("The profile to use (default: ChainHarness:Profile, which is 'local').")]
    public string? Profile { get; init; }

    [CommandOption("-c|--config <FILE>")]
    [Description("An extra JSON configuration file.")]
    public string? ConfigFile { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. --set ChainHarness:Profiles:local:Faults:0=F7.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("--iteration <N>")]
    [Description("The werkplaats iteration whose content the simulated software delivers: 1 (one rule and one activity; the default), 2 (more rules, annotations and locations, with routing and collaboration) or 3 (realistic content with intrekken and vervangen).")]
    public int? Iteration { get; init; }

    [CommandOption("-f|--fault <NAME>")]
    [Description("Inject a named fault into the simulators (repeatable), e.g. --fault F7.")]
    public string[] Faults { get; init; } = [];

    [CommandOption("--schemas <DIR>")]
    [Description("A folder with the official STOP/LVBB schema bundles (stop-tpod-schemas-lvbb-1.2.0, stop-lvbb-schemas-1.4.1-ic): the simulated LVBB validates with their XSD and Schematron. Default: Schemas:Bundles, CHAINHARNESS_SCHEMAS, ../shared/reference, ~/.cache/chainharness/schemas; see the schemas command.")]
    public string? Schemas { get; init; }

    /// <summary>The configuration and the chosen profile (production hosts refused, every broken key listed), with <c>--fault</c> added and <c>--iteration</c> applied.</summary>
    public (IConfiguration Configuration, string Name, ProfileOptions Profile) Resolve()
    {
        var configuration = HarnessConfigurationBuilder.Build(ConfigFile, Sets);
        var (name, profile) = HarnessConfiguration.Resolve(configuration, Profile);
        profile.Faults.AddRange(Faults);
        profile.Iteration = Iteration ?? profile.Iteration;
        profile.Schemas.Bundles = Schemas ?? profile.Schemas.Bundles;
        return (configuration, name, profile);
    }

    public override ValidationResult Validate()
    {
        if (IterationPacks.Problem(Iteration) is { } iteration)
        {
            return ValidationResult.Error($"--iteration: {iteration}");
        }

        if (Schemas is not null && !Directory.Exists(Schemas))
        {
            return ValidationResult.Error($"--schemas: folder '{Schemas}' does not exist.");
        }

        if (ConfigFile is not null && !File.Exists(ConfigFile))
        {
            return ValidationResult.Error(ConfigurationTexts.NoSuchFile("--config", ConfigFile));
        }

        var badSet = Sets.FirstOrDefault(s => s.IndexOf('=', StringComparison.Ordinal) <= 0);
        return badSet is null ? ValidationResult.Success() : ValidationResult.Error(ConfigurationTexts.NotKeyValue(badSet));
    }
}
