using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>
/// Shows a run as it goes: the live table on an interactive terminal, plain lines otherwise. A run with a
/// person at the prompt (observe drivers) is shown in plain lines too: Spectre's live display and a prompt
/// cannot share the terminal ("Trying to run one or more interactive functions concurrently").
/// </summary>
internal static class RunProgress
{
    public static bool CanShowLive(IAnsiConsole console) =>
        console.Profile.Capabilities is { Interactive: true, Ansi: true } && !System.Console.IsOutputRedirected;

    public static async Task<ChainResult> RunAsync(IAnsiConsole console, ReportText text, Func<IChainObserver, Task<ChainResult>> run, bool personAtPrompt = false)
    {
        if (CanShowLive(console) && !personAtPrompt)
        {
            return await LiveProgress.RunAsync(console, text, run);
        }

        using var plain = new PlainProgress(console, text);
        return await run(plain);
    }
}
