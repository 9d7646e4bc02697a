using System.ComponentModel;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Texts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>demo &lt;name&gt;</c>.</summary>
internal sealed class DemoSettings : ScenarioSettings
{
    [CommandArgument(0, "<NAAM>")]
    [Description("The scenario to show: alles-goed, F1 … F20, or one of your own.")]
    public string Naam { get; init; } = "";

    [CommandOption("-r|--report-dir <DIR>")]
    [Description("Where report.html and the other reports go. Default: reports.")]
    public string ReportDir { get; init; } = "reports";

    [CommandOption("-c|--config <FILE>")]
    [Description("An extra configuration file (JSON) over appsettings.json.")]
    public string? ConfigFile { get; init; }

    [CommandOption("--iteration <N>")]
    [Description("The werkplaats iteration whose content the demo runs on: 1 (default), 2 or 3. A scenario that needs one (F5: 3) sets it itself.")]
    public int? Iteration { get; init; }

    [CommandOption("--deadline <SECONDEN>")]
    [Description("How long a step may wait before it fails: default 10 s, so a stuck step (F9, F11) shows within seconds in front of a room. The simulators answer in milliseconds.")]
    public int Deadline { get; init; } = Setup.RoomDeadline.DefaultSeconds;

    [CommandOption("--lang <LANG>")]
    [Description("Language of the narration and the reports: nl (default) or en.")]
    public string Lang { get; init; } = "nl";

    public ReportLanguage Language => Lang.Equals("en", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.English : ReportLanguage.Dutch;

    public override ValidationResult Validate() =>
        IterationPacks.Problem(Iteration) is { } iteration ? ValidationResult.Error($"--iteration: {iteration}")
        : Deadline is < 1 or > 600 ? ValidationResult.Error(ConfigurationTexts.DeadlineRange(Deadline))
        : !Lang.Equals("nl", StringComparison.OrdinalIgnoreCase) && !Lang.Equals("en", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error(ConfigurationTexts.NotALanguage(Lang))
        : Setup.OutputFolder.Problem("--report-dir", ReportDir) is { } folder ? ValidationResult.Error(folder)
        : base.Validate();

    /// <summary>The demo's timing (<see cref="Setup.RoomDeadline"/>).</summary>
    public void ApplyTo(Engine.Configuration.TimingOptions timing) => Setup.RoomDeadline.Apply(timing, Deadline);
}
