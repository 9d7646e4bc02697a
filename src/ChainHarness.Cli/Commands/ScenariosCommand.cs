using ChainHarness.Engine.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary><c>scenarios</c>: the demo scenarios (built in and the user's own), each with its Dutch one-liner.</summary>
internal sealed class ScenariosCommand(IAnsiConsole console) : Command<ScenarioSettings>
{
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumn("Scenario").AddColumn("Wat er gebeurt").AddColumn("Faalt in stap");
        foreach (var s in ScenarioCatalog.Load(settings.ScenarioFolder))
        {
            var stap = s.FalendeStap ?? "geen";
            table.AddRow(Markup.Escape(s.Naam), Markup.Escape(s.Omschrijving), Markup.Escape(s.Bedraad ? stap : Texts.CliTexts.NotSimulatedYet(stap)));
        }

        console.Write(table);
        return 0;
    }
}
