using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>An outcome as console markup: colour, symbol and word, so it reads without colour too.</summary>
internal static class StatusMarkup
{
    public static string For(StepStatus status, ReportText text)
    {
        var colour = status switch
        {
            StepStatus.Passed => "green",
            StepStatus.Failed => "red",
            StepStatus.Skipped => "yellow",
            _ => "grey",
        };
        return $"[{colour}]{Markup.Escape(StatusSymbol.For(status))} {Markup.Escape(text.Status(status))}[/]";
    }
}
