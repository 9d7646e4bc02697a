using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Texts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChainHarness.Cli.Console;

/// <summary>The preflight section: one row per endpoint of STOP, STTR, STAM and SWF, shown before step 1.</summary>
internal static class PreflightReport
{
    public static void Write(IAnsiConsole console, PreflightResult? preflight)
    {
        if (preflight is not null)
        {
            console.Write(Table(preflight));
        }
    }

    public static IRenderable Table(PreflightResult preflight)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(PreflightTexts.Title))
            .AddColumns(PreflightTexts.Koppelvlak, PreflightTexts.Endpoint, PreflightTexts.Connection, PreflightTexts.Details);
        foreach (var check in preflight.Checks)
        {
            table.AddRow(Markup.Escape(check.Koppelvlak), Markup.Escape(check.Endpoint), Status(check.Status), Markup.Escape(check.Detail));
        }

        return table;
    }

    public static string Status(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Connected => $"[green]{Markup.Escape(PreflightTexts.Connected)}[/]",
        ConnectionStatus.Reachable => $"[yellow]{Markup.Escape(PreflightTexts.ReachableWord)}[/]",
        ConnectionStatus.CredentialsRefused => $"[red]{Markup.Escape(PreflightTexts.CredentialsRefusedWord)}[/]",
        ConnectionStatus.NotConnected => $"[red]{Markup.Escape(PreflightTexts.NotConnectedWord)}[/]",
        ConnectionStatus.NotConfigured => $"[grey]{Markup.Escape(PreflightTexts.NotConfiguredWord)}[/]",
        _ => $"[grey]{Markup.Escape(PreflightTexts.NotCheckedWord)}[/]",
    };
}
