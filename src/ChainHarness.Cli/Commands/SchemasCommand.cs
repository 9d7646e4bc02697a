using ChainHarness.Engine.Chain;
using ChainHarness.Simulators.Lvbb.Schemas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>schemas</c>: where the simulated LVBB looks for the official STOP/LVBB bundles, which it
/// found, whether Saxon-HE (for the Schematron) is there, and where to fetch what is missing.
/// Exit 0 when the official XSD and Schematron both run, 1 when not. Never goes on the network.
/// </summary>
internal sealed class SchemasCommand(IAnsiConsole console) : Command<SchemasSettings>
{
    public override int Execute(CommandContext context, SchemasSettings settings, CancellationToken cancellationToken)
    {
        var dutch = settings.Language == ReportLanguage.Dutch;
        var (_, _, profile) = settings.Resolve();
        var table = new Table().AddColumns(dutch ? "Plaats" : "Place", dutch ? "Map" : "Folder", dutch ? "Bundels" : "Bundles");
        foreach (var (folder, source) in SchemaBundles.Places(profile.Schemas))
        {
            var found = SchemaBundles.In(folder);
            table.AddRow(
                Markup.Escape(source),
                Markup.Escape(Path.GetFullPath(folder)),
                found.Count == 0 ? (dutch ? "[grey]geen[/]" : "[grey]none[/]") : Markup.Escape(string.Join(", ", found.Select(b => $"{b.Name} (LVBB {b.LvbbVersion}, STOP {b.StopVersion}, {b.SchematronFiles.Count} Schematron)"))));
        }

        console.Write(table);
        var (bundles, _) = SchemaBundles.Locate(profile.Schemas);
        foreach (var (name, url) in SchemaBundle.Sources.Where(s => bundles.All(b => b.Name != s.Key)))
        {
            console.MarkupLine(dutch
                ? $"[yellow]Ontbreekt:[/] {Markup.Escape(name)}. Haal de map op van {Markup.Escape(url)} en zet hem in {Markup.Escape(SchemaBundles.CacheFolder)} (of wijs hem aan met --schemas). Hier is geen netwerk: er wordt niets opgehaald."
                : $"[yellow]Missing:[/] {Markup.Escape(name)}. Fetch the folder from {Markup.Escape(url)} and put it in {Markup.Escape(SchemaBundles.CacheFolder)} (or point --schemas at it). There is no network here: nothing is fetched.");
        }

        if (SaxonProcess.Find(out var reason) is { } saxon)
        {
            console.MarkupLine($"Saxon-HE: {Markup.Escape(saxon.Jar)} ({Markup.Escape(saxon.Java)})");
        }
        else
        {
            console.MarkupLine($"[yellow]Saxon-HE:[/] {Markup.Escape(reason)}");
        }

        var statement = OfficialValidation.For(profile.Schemas).Statement;
        console.MarkupLine(Markup.Escape(dutch ? statement.Dutch : statement.English));
        return statement.Official ? 0 : 1;
    }
}
