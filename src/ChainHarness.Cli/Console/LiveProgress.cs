using ChainHarness.Cli.Texts;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChainHarness.Cli.Console;

/// <summary>
/// The run as a live table on a terminal: a row per step that updates as the run goes, with a
/// spinner beside a step that runs or waits on an asynchronous result, the time left on a wait, and the
/// preflight above the steps as soon as it ran.
/// </summary>
internal static class LiveProgress
{
    public static async Task<ChainResult> RunAsync(IAnsiConsole console, ReportText text, Func<IChainObserver, Task<ChainResult>> run)
    {
        var board = new ProgressBoard(KnownSteps.All);
        var spinner = console.Profile.Capabilities.Unicode ? Spinner.Known.Dots : Spinner.Known.Ascii;
        ChainResult? result = null;
        await console.Live(Render(board, text, spinner, 0))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Visible)
            .StartAsync(async live =>
            {
                var running = Task.Run(() => run(board));
                using var frames = new PeriodicTimer(spinner.Interval);
                for (var frame = 1; !running.IsCompleted; frame++)
                {
                    // Animation only: redraw each spinner frame until the run ends.
                    await Task.WhenAny(running, frames.WaitForNextTickAsync().AsTask());
                    live.UpdateTarget(Render(board, text, spinner, frame));
                }

                result = await running;
                live.UpdateTarget(Render(board, text, spinner, 0));
            });
        return result!;
    }

    /// <summary>The table for one frame of the spinner.</summary>
    public static IRenderable Render(ProgressBoard board, ReportText text, Spinner spinner, int frame)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns(text.StepWord, text.NameLabel, text.StatusLabel, text.DetailsLabel);
        var spin = Markup.Escape(spinner.Frames[frame % spinner.Frames.Count]);
        foreach (var row in board.Rows)
        {
            var (status, detail) = row switch
            {
                { Outcome: { } o } => (StatusMarkup.For(o.Status, text), o.Cause ?? o.Summary),
                { WaitingOn: { } on, WaitingUntil: { } until } => ($"[blue]{spin}[/]", CliTexts.WaitingOn(on, Countdown.Left(until, DateTimeOffset.UtcNow)).ToString()),
                { WaitingOn: { } on } => ($"[blue]{spin}[/]", $"{text.WaitingOn} {on}"),
                { Busy: true } => ($"[blue]{spin}[/]", text.Running),
                _ => ("[grey]·[/]", ""),
            };
            table.AddRow(row.Step.Id.ToString(), Markup.Escape(text.Name(row.Step)), status, Markup.Escape(detail));
        }

        return board.Preflight is { } preflight ? new Rows(PreflightReport.Table(preflight), table) : table;
    }
}
