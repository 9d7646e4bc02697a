using ChainHarness.Engine.Steps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary><c>steps</c>: the fourteen steps with their dependencies and whether this version checks them.</summary>
internal sealed class StepsCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = StepCatalog.Discover();
        var table = new Table().AddColumns("Stap", "Naam", "Hangt af van", "Sluit de keten", "Gebouwd");
        foreach (var step in catalog.Definitions)
        {
            table.AddRow(
                step.Id.ToString(),
                Markup.Escape(step.DutchName),
                step.DependsOn.Count == 0 ? "-" : string.Join(", ", step.DependsOn),
                step.ClosesChain ? "ja" : "nee",
                catalog.Find(step.Id) is null ? "[grey]nee[/]" : "[green]ja[/]");
        }

        console.Write(table);
        return 0;
    }
}
