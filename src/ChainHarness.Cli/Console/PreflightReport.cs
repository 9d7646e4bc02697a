using ChainHarness.Engine.Preflight;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>The preflight section: one row per endpoint of STOP, STTR, STAM and SWF, before the steps.</summary>
internal static class PreflightReport
{
    public static void Write(IAnsiConsole console, PreflightResult? preflight)
    {
        if (preflight is null)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Voorcontrole: koppelvlakken")
            .AddColumns("Koppelvlak", "Endpoint", "Verbinding", "Toelichting");
        foreach (var check in preflight.Checks)
        {
            table.AddRow(check.Koppelvlak, check.Endpoint, Status(check.Status), Markup.Escape(check.Detail));
        }

        console.Write(table);
    }

    public static string Status(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Connected => "[green]verbonden[/]",
        ConnectionStatus.Reachable => "[yellow]bereikbaar; sleutel of certificaat niet bewezen[/]",
        ConnectionStatus.CredentialsRefused => "[red]niet verbonden: sleutel of certificaat geweigerd[/]",
        ConnectionStatus.NotConnected => "[red]niet verbonden[/]",
        ConnectionStatus.NotConfigured => "[grey]niet geconfigureerd[/]",
        _ => "[grey]niet gecontroleerd[/]",
    };
}
