using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>merge-reports</c>.</summary>
internal sealed class MergeReportsSettings : CommandSettings
{
    [CommandArgument(0, "<DIRS>")]
    [Description("The shards' report folders, each holding a summary.json and a folder per profile.")]
    public string[] Folders { get; init; } = [];

    [CommandOption("-r|--report-dir <DIR>")]
    [Description("Folder for the merged summary.json, junit.xml and the profiles' reports (default: ./reports).")]
    public string ReportDir { get; init; } = "reports";

    [CommandOption("--lang <LANG>")]
    [Description("Language of the console: nl (default) or en.")]
    public string Lang { get; init; } = "nl";

    public override ValidationResult Validate()
    {
        var missing = Folders.Where(f => !Directory.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            return ValidationResult.Error($"merge-reports: no such folder: {string.Join(", ", missing)}.");
        }

        if (Setup.OutputFolder.Problem("--report-dir", ReportDir, probe: false) is { } folder)
        {
            return ValidationResult.Error(folder);
        }

        return Lang is "nl" or "en" ? ValidationResult.Success() : ValidationResult.Error($"--lang: '{Lang}' is not a language; use nl or en.");
    }
}
