using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>Shows a run as it goes: the live table on an interactive terminal, plain lines otherwise.</summary>
internal static class RunProgress
{
    public static bool CanShowLive(IAnsiConsole console) =>
        console.Profile.Capabilities is { Interactive: true, Ansi: true } && !System.Console.IsOutputRedirected;

    public static Task<ChainResult> RunAsync(IAnsiConsole console, ReportText text, Func<IChainObserver, Task<ChainResult>> run) =>
        CanShowLive(console) ? LiveProgress.RunAsync(console, text, run) : run(new PlainProgress(console, text));
}
