using ChainHarness.Cli.Setup;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Iterations;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Standalone;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>
/// <c>simulate</c>: every simulator on fixed loopback ports until Ctrl-C, so a supplier can point
/// its own software at them. Prints service → URL; faults by name at start and switchable while running.
/// </summary>
internal sealed class SimulateCommand(IAnsiConsole console) : AsyncCommand<SimulateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var (configuration, name, profile) = settings.Resolve();
        var options = HarnessConfiguration.Bind(configuration).Simulate;
        var errors = options.Validate($"{HarnessOptions.SectionName}:Simulate")
            .Concat(settings.Faults.Where(f => !FaultCatalog.IsKnown(f)).Select(f => $"--fault: no fault named '{f}'. Known faults: {string.Join(", ", FaultCatalog.Names)}."))
            .Concat(settings.Recordings is { } r && !Directory.Exists(r) ? [$"--recordings: folder '{Path.GetFileName(r.TrimEnd('/', '\\'))}' does not exist."] : [])
            .ToList();
        if (errors.Count > 0)
        {
            throw ConfigurationErrorException.WithErrors(errors);
        }

        var stubs = StubsFolder.Find(settings.Stubs, options.Stubs);
        options.Tls |= settings.Tls;
        using var simulation = StandaloneSimulation.Start(profile, options, stubs, settings.Recordings);
        Describe(simulation, name, profile, stubs);
        if (settings.EnvFile is { } envFile)
        {
            await File.WriteAllTextAsync(envFile, simulation.Environment, cancellationToken);
            console.MarkupLine($"Adressen als omgevingsvariabelen geschreven naar {Markup.Escape(envFile)}.");
        }

        if (settings.PrintEnv)
        {
            console.WriteLine(simulation.Environment.TrimEnd());
        }

        // The last line: the world is ready to be joined (a CI step can wait for it, or poll GET /__world/ready).
        console.MarkupLine($"Wereld gereed: {Markup.Escape(simulation.ControlUrl.ToString().TrimEnd('/'))}  (run --world {Markup.Escape(simulation.ControlUrl.ToString().TrimEnd('/'))})");
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Simulators gestopt.");
        }

        return 0;
    }

    private void Describe(StandaloneSimulation simulation, string profileName, ProfileOptions profile, string? stubs)
    {
        console.MarkupLine($"ChainHarness simulators voor profiel [bold]{Markup.Escape(profileName)}[/], {Markup.Escape(profile.Municipality.Name)} ({Markup.Escape(profile.Municipality.Code)})");
        var iteration = profile.Iteration ?? IterationPacks.Default;
        console.MarkupLine($"Inhoud van iteratie {iteration}: {Markup.Escape(IterationPacks.For(iteration).Titel)}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Service").AddColumn(new TableColumn("URL").NoWrap()).AddColumn(new TableColumn("WireMock admin").NoWrap()).AddColumn("Stubs");
        foreach (var service in simulation.Services)
        {
            table.AddRow(Markup.Escape(service.Name), Markup.Escape(service.BaseUrl.ToString()), Markup.Escape(service.AdminUrl.ToString()), service.StaticMappings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("Faults", Markup.Escape(simulation.FaultsUrl.ToString()), "-", "-");
        console.Write(table);
        console.MarkupLine($"Wereld (voor run --world): {Markup.Escape(simulation.ControlUrl.ToString().TrimEnd('/'))}/__world; gemeentesoftware in het standaard poortcontract: zie docs/ports.md.");
        console.MarkupLine("In driverdefinities: " + Markup.Escape(string.Join(", ", simulation.Services.Where(x => Engine.Configuration.DsoEndpoint.All.Contains(x.Name)).Select(x => $"${{national:{x.Name}}}"))) + ".");
        console.MarkupLine($"x-api-key van de simulators: [bold]{EndpointOptions.SimulatedApiKey}[/] (tenzij het profiel een eigen sleutel zet).");
        console.MarkupLine($"Stubs: {Markup.Escape(stubs ?? "(geen map gevonden)")}");
        if (simulation.TlsFolder is { } tls)
        {
            console.MarkupLine($"TLS (PKIoverheid-routes {Markup.Escape(string.Join(", ", ChainHarness.Simulators.LocalSimulation.PkioOverTls.Order(StringComparer.Ordinal)))}): test-CA en clientcertificaat voor OIN {Markup.Escape(profile.Municipality.Oin)} in [bold]{Markup.Escape(tls)}[/] (ca.pem, client.pfx zonder wachtwoord).");
        }
        console.MarkupLine($"Actieve faults: {Markup.Escape(string.Join(", ", simulation.World.Faults.Active.DefaultIfEmpty("geen")))}; bekend: {Markup.Escape(string.Join(", ", FaultCatalog.Names))}.");
        console.MarkupLine($"Fault aan/uit: POST of DELETE {Markup.Escape(simulation.FaultsUrl.ToString())}/F7. Stoppen: Ctrl-C.");
    }
}
