using System.ComponentModel;
using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options every command that runs a profile shares: which profile, extra configuration, the language.</summary>
internal abstract class ProfileSettings : CommandSettings
{
    [CommandOption("-p|--profile <NAME>")]
    [Description("The profile to run (default: ChainHarness:Profile, which is 'local').")]
    public string? Profile { get; init; }

    [CommandOption("-c|--config <FILE>")]
    [Description("An extra JSON configuration file.")]
    public string? ConfigFile { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one configuration key, e.g. --set ChainHarness:Profiles:local:Faults:0=F7.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("--lang <LANG>")]
    [Description("Language of what ChainHarness shows and writes: nl (default) or en.")]
    public string Lang { get; init; } = "nl";

    public ReportLanguage Language => Lang.Equals("en", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Dutch;

    /// <summary>The chosen profile, read from the configuration afresh: a new, validated object on every call.</summary>
    public (string Name, ProfileOptions Profile) ResolveProfile() =>
        HarnessConfiguration.Resolve(HarnessConfigurationBuilder.Build(ConfigFile, Sets), Profile);

    public override ValidationResult Validate()
    {
        if (!(Lang.Equals("nl", StringComparison.OrdinalIgnoreCase) || Lang.Equals("en", StringComparison.OrdinalIgnoreCase)))
        {
            return ValidationResult.Error($"--lang: '{Lang}' is not a report language; use nl or en.");
        }

        if (ConfigFile is not null && !File.Exists(ConfigFile))
        {
            return ValidationResult.Error($"--config: file '{ConfigFile}' does not exist.");
        }

        var badSet = Sets.FirstOrDefault(s => s.IndexOf('=', StringComparison.Ordinal) <= 0);
        return badSet is null ? ValidationResult.Success() : ValidationResult.Error($"--set: '{badSet}' is not KEY=VALUE.");
    }
}
