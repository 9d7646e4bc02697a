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

    [CommandOption("--deadline <SECONDEN>")]
    [Description("How long a step may wait before it fails: default 10 s, so a stuck step (F9, F11) shows within seconds in front of a room. The simulators answer in milliseconds.")]
    public int Deadline { get; init; } = 10;

    public override ValidationResult Validate() =>
        IterationPacks.Problem(Iteration) is { } iteration ? ValidationResult.Error($"--iteration: {iteration}")
        : Deadline is < 1 or > 600 ? ValidationResult.Error($"--deadline: {Deadline} is not between 1 and 600 seconds.")
        : Setup.OutputFolder.Problem("--report-dir", ReportDir) is { } folder ? ValidationResult.Error(folder)
        : base.Validate();

    /// <summary>
    /// The demo's timing: the step deadline, and an attempt timeout of a quarter of it (at most the configured one),
    /// so a hanging simulator (F11) is retried and reported within the deadline.
    /// </summary>
    public void ApplyTo(Engine.Configuration.TimingOptions timing)
    {
        timing.StepDeadline = TimeSpan.FromSeconds(Deadline);
        timing.AttemptTimeout = TimeSpan.FromTicks(Math.Min(timing.AttemptTimeout.Ticks, timing.StepDeadline.Ticks / 4));
    }
}
