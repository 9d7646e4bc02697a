using System.ComponentModel;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>The profile options plus the language, for commands that show a run to people (<c>run</c>, <c>board</c>).</summary>
internal abstract class LanguageSettings : ProfileSettings
{
    [CommandOption("--lang <LANG>")]
    [Description("Language of what is shown and written: nl (default) or en.")]
    public string Lang { get; init; } = "nl";

    public ReportLanguage Language => Lang.Equals("en", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Dutch;

    public override ValidationResult Validate() =>
        Lang.Equals("nl", StringComparison.OrdinalIgnoreCase) || Lang.Equals("en", StringComparison.OrdinalIgnoreCase)
            ? base.Validate()
            : ValidationResult.Error($"--lang: '{Lang}' is not a report language; use nl or en.");
}
