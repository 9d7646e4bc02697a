using System.ComponentModel;
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
}
