using System.ComponentModel;
using ChainHarness.Engine.Iterations;
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

    public override ValidationResult Validate() =>
        IterationPacks.Problem(Iteration) is { } iteration ? ValidationResult.Error($"--iteration: {iteration}") : base.Validate();
}
