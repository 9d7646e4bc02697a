using ChainHarness.Board.Hosting;
using ChainHarness.Board.Live;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>board</c>: the live chain board for a coach. Serves a page on loopback (another address only
/// with <c>--allow-remote</c>, and then with a warning), prints its address and opens nothing by
/// itself; each run starts from the page and goes against fresh simulators. Ctrl-C stops it.
/// </summary>
internal sealed class BoardCommand(IAnsiConsole console) : AsyncCommand<BoardSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BoardSettings settings, CancellationToken cancellationToken)
    {
        var (_, name, profile) = settings.Resolve();
        var chain = LocalBoardChain.Create(name, () => settings.Resolve().Profile, ScenarioCatalog.Load(settings.ScenarioFolder));
        var options = settings.ToOptions();
        if (options.RemoteWarning() is { } warning)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        }

        await using var board = await BoardServer.StartAsync(options, chain, cancellationToken);
        var english = settings.Language == ReportLanguage.English;
        console.MarkupLine(english
            ? $"Chain board for {Markup.Escape(profile.Municipality.Name)} (profile {Markup.Escape(name)}): [bold]{board.Url}[/]"
            : $"Ketenbord voor {Markup.Escape(profile.Municipality.Name)} (profiel {Markup.Escape(name)}): [bold]{board.Url}[/]");
        console.MarkupLine(english ? "Open this address in a browser. Ctrl-C stops the board." : "Open dit adres in een browser. Ctrl-C stopt het bord.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine(english ? "Board stopped." : "Ketenbord gestopt.");
        }

        return 0;
    }
}
