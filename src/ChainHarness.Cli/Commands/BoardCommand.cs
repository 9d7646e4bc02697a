using ChainHarness.Board.Hosting;
using ChainHarness.Board.Live;
using ChainHarness.Cli.Texts;
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
        var chain = LocalBoardChain.Create(name, () => WithDeadline(settings), ScenarioCatalog.Load(settings.ScenarioFolder));
        var options = settings.ToOptions();
        if (options.RemoteWarning() is { } warning)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        }

        await using var board = await BoardServer.StartAsync(options, chain, cancellationToken);
        console.MarkupLine(CliTexts.BoardFor(Markup.Escape(profile.Municipality.Name), Markup.Escape(name), board.Url.ToString()));
        console.MarkupLine(CliTexts.OpenInBrowser);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine(CliTexts.BoardStopped);
        }

        return 0;
    }

    /// <summary>A fresh profile for each run, with the room's deadline (<c>--deadline</c>).</summary>
    private static Engine.Configuration.ProfileOptions WithDeadline(BoardSettings settings)
    {
        var profile = settings.Resolve().Profile;
        Setup.RoomDeadline.Apply(profile.Timing, settings.Deadline);
        return profile;
    }
}
