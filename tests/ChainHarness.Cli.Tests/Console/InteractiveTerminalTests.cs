using ChainHarness.Engine.Waiting;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// The municipality's pre-productie day at a real terminal: <c>run</c> with the plan software observed (a person works
/// it), in a pseudo-terminal, against a pre-productie stand-in (the simulators, called as live endpoints with their
/// API key). A scripted person exports the delivery, validates and publishes it in the (simulated) plan software,
/// and answers each prompt. The preflight shows before step 1, every wait says on what and until when, and the
/// prompt does not collide with a live display. Skipped where there is no <c>script</c> (util-linux).
/// </summary>
[NonParallelizable]
public sealed class InteractiveTerminalTests : WithTempFolder
{
    [Test]
    public async Task Run_ObservedPlanSoftwareAtARealTerminal_ScriptedPersonAnswersAndThePlanChainPasses()
    {
        if (!PseudoTerminal.Available)
        {
            Assert.Ignore("no util-linux script: no pseudo-terminal");
        }

        // Given a pre-productie stand-in and a profile that calls it as live endpoints, with the plan software observed
        var standIn = new ProfileOptions();
        standIn.Timing.LvbbProcessingDelay = TimeSpan.FromMilliseconds(300);
        using var preProductie = LocalSimulation.Start(standIn);
        var planSoftware = preProductie.Services.Require<IPlanSoftware>();
        var drop = Directory.CreateDirectory(PathIn("levering")).FullName;
        var config = PathIn("gemeente.json");
        await File.WriteAllTextAsync(config, Profile(preProductie.EndpointUrls, drop));
        var cli = typeof(HarnessApp).Assembly.Location;

        // When the run starts at a terminal and the person follows the instructions
        await using var terminal = PseudoTerminal.Start(
            $"dotnet '{cli}' run --config '{config}' --steps 1-4b --report-dir '{PathIn("reports")}'", Folder.FullName);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = deadline.Token;
        Assert.That(await terminal.WaitForAsync("Pad van het ZIP-bestand", 1, ct), Is.True, terminal.Screen);
        var delivery = await planSoftware.ProduceChangeAsync(ct);
        await terminal.TypeLineAsync(""); // Enter: wait until the export is in the folder
        Assert.That(await terminal.WaitForAsync("wacht op een ZIP-bestand", 1, ct), Is.True, terminal.Screen);
        await File.WriteAllBytesAsync(Path.Combine(drop, "export.zip"), delivery.Zip, ct);

        Assert.That(await terminal.WaitForAsync("Welk idLevering", 1, ct), Is.True, terminal.Screen);
        await terminal.TypeLineAsync((await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Validatie, ct)).IdLevering);
        Assert.That(await terminal.WaitForAsync("Welk idLevering", 2, ct), Is.True, terminal.Screen);
        await terminal.TypeLineAsync((await planSoftware.SubmitAsync(delivery, OpdrachtSoort.Publicatie, ct)).IdLevering);
        Assert.That(await terminal.WaitForAsync("Welke status toont uw plansoftware", 1, ct), Is.True, terminal.Screen);
        await terminal.TypeLineAsync("gepubliceerd");
        var exit = await terminal.ExitCodeAsync(ct);

        // Then the plan chain passed, with the preflight first and the waits told, and no collision at the prompt
        var screen = terminal.Screen;
        Assert.That(screen, Does.Not.Contain("interactive functions concurrently"));
        Assert.That(exit, Is.Zero, screen);
        Assert.That(screen, Does.Contain("De gekozen stappen zijn geslaagd"));
        Assert.That(screen.IndexOf("Voorcontrole", StringComparison.Ordinal), Is.LessThan(screen.IndexOf("Stap 1", StringComparison.Ordinal)).And.GreaterThanOrEqualTo(0));
        Assert.That(screen, Does.Match(@"wacht op het verslag van de LVBB voor levering \S+: uiterlijk om \d\d:\d\d:\d\d UTC, nog \d+:\d\d"));
        await TestContext.Out.WriteLineAsync(screen);
    }

    /// <summary>
    /// The rehearsal of docs/municipalities.md: the real <c>docs/profiles/pre.json</c>, pointed at a <c>simulate --tls</c>
    /// stand-in through the environment only (URLs, the simulators' key, <c>client.pfx</c> and <c>ca.pem</c>), with the plan
    /// software and the VTH system observed and a scripted person at the terminal. Steps 1–9b pass; 10 and 11 do not
    /// apply (pre.json names no behandeldienst and no partner).
    /// </summary>
    [Test]
    public async Task Run_PreProfileAgainstTheTlsStandIn_ScriptedPersonClosesTheChain()
    {
        if (!PseudoTerminal.Available)
        {
            Assert.Ignore("no util-linux script: no pseudo-terminal");
        }

        // Given the stand-in as 'simulate --tls' serves it, and the real pre profile pointed at it through the environment
        var standInProfile = new ProfileOptions();
        standInProfile.Timing.LvbbProcessingDelay = TimeSpan.FromMilliseconds(300);
        using var preProductie = new TlsStandIn(standInProfile);

        // When the municipality runs it at a terminal and the person does what it says
        await using var terminal = PseudoTerminal.Start(Run(""), Folder.FullName, preProductie.Environment());
        var person = new RehearsalPerson(terminal, preProductie.Simulation.Services, PathIn("levering"), preProductie.Simulation.World.Lvbb, PathIn("verslagen"));
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await person.WorkPlanSoftwareAsync(deadline.Token);
        await person.ReadVthSystemAsync(preProductie.Simulation.Services.Require<IVthSystem>(), 1, deadline.Token);
        var exit = await terminal.ExitCodeAsync(deadline.Token);

        // Then the chain closes over TLS with the municipality's certificate: every step 1-9b passed
        var screen = terminal.Screen;
        await TestContext.Out.WriteLineAsync(screen);
        Assert.That(exit, Is.Zero, screen);
        Assert.That(screen, Does.Contain("De keten is gesloten"));
        Assert.That(Regex.Matches(screen, "✓ geslaagd Stap"), Has.Count.EqualTo(12), screen);
        Assert.That(Regex.Matches(screen, "– niet van toepassing Stap"), Has.Count.EqualTo(2), screen);
        Assert.That(screen, Does.Contain("SWF        │ Samenwerken │ verbonden"), "the preflight reached the SWF with the certificate (PreflightPath notificaties)");
        Assert.That(screen, Does.Contain("wacht op het verzoekresultaat op").And.Contain("in map 'verslagen'"), "steps 2 and 3 read what the plan software received, never the LVBB itself");
        Assert.That(screen, Does.Not.Contain("niet verbonden"));
    }

    /// <summary>
    /// The same rehearsal for a municipality that works with an omgevingsdienst and a partner: pre.json plus, in the
    /// environment, the behandeldienst, the partner and the aanvraag naming the milieu activity, with their systems observed
    /// too. All fourteen steps pass; the stand-in's case handler and partner call the SWF with their own certificates.
    /// </summary>
    [Test]
    public async Task Run_PreProfileWithPartnersAgainstTheTlsStandIn_AllFourteenStepsPass()
    {
        if (!PseudoTerminal.Available)
        {
            Assert.Ignore("no util-linux script: no pseudo-terminal");
        }

        var od = new PartyOptions { Name = "Omgevingsdienst Testregio", Oin = "00000001555555550000", Activities = ["nl.imow-gm9999.activiteit.milieubelastendeactiviteit"] };
        var partner = new PartyOptions { Name = "Waterschap Testwaard", Oin = "00000001888888880000", Privilege = "VT" };
        var standInProfile = new ProfileOptions { Behandeldienst = od, Collaboration = partner, LoketScenario = "testdorp-dakkapel-milieu.json" };
        using var preProductie = new TlsStandIn(standInProfile);
        var environment = preProductie.Environment();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Behandeldienst__Name"] = od.Name, ["Behandeldienst__Oin"] = od.Oin, ["Behandeldienst__Activities__0"] = od.Activities[0],
            ["Collaboration__Name"] = partner.Name, ["Collaboration__Oin"] = partner.Oin, ["Collaboration__Privilege"] = partner.Privilege!,
            ["LoketScenario"] = standInProfile.LoketScenario,
            ["Drivers__BehandeldienstSystem__Mode"] = "Observe", ["Drivers__CaseHandler__Mode"] = "Observe", ["Drivers__CollaborationPartner__Mode"] = "Observe",
        })
        {
            environment["CHAINHARNESS__Profiles__pre__" + key] = value;
        }

        await using var terminal = PseudoTerminal.Start(Run(""), Folder.FullName, environment);
        var software = preProductie.Simulation.Services;
        var person = new RehearsalPerson(terminal, software, PathIn("levering"), preProductie.Simulation.World.Lvbb, PathIn("verslagen"));
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await person.WorkPlanSoftwareAsync(deadline.Token);
        await person.ReadVthSystemAsync(software.Require<IVthSystem>(), 1, deadline.Token);
        await person.ReadVthSystemAsync(software.Require<IBehandeldienstSystem>(), 2, deadline.Token);
        await person.WorkSamenwerkingAsync(partner, deadline.Token);
        var exit = await terminal.ExitCodeAsync(deadline.Token);

        var screen = terminal.Screen;
        await TestContext.Out.WriteLineAsync(screen);
        Assert.That(exit, Is.Zero, screen);
        Assert.That(Regex.Matches(screen, "✓ geslaagd Stap"), Has.Count.EqualTo(14), screen);
        Assert.That(preProductie.Simulation.World.Swf.For(partner.Oin), Has.Count.EqualTo(1), "the stand-in's partner took part under its own certificate");
    }

    /// <summary>The same rehearsal without <c>client.pfx</c>: the preflight says every PKIoverheid service refused us, as a wrong certificate in pre-productie.</summary>
    [Test]
    public async Task Run_PreProfileAgainstTheTlsStandInWithoutTheCertificate_PreflightSaysRefused()
    {
        if (!PseudoTerminal.Available)
        {
            Assert.Ignore("no util-linux script: no pseudo-terminal");
        }

        using var preProductie = new TlsStandIn(new ProfileOptions());
        var environment = preProductie.Environment(certificate: false);
        environment["CHAINHARNESS__Profiles__pre__Timing__StepDeadline"] = "00:00:02";

        await using var terminal = PseudoTerminal.Start(Run("--steps 1 --non-interactive"), Folder.FullName, environment);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var exit = await terminal.ExitCodeAsync(deadline.Token);

        var screen = terminal.Screen;
        Assert.That(exit, Is.Not.Zero, screen);
        foreach (var endpoint in new[] { "Lvbb", "Aanleveren", "Afhandelen", "Samenwerken" })
        {
            Assert.That(screen, Does.Match($@"│ {endpoint}\s+│ niet verbonden: sleutel of certificaat geweigerd"), endpoint + "\n" + screen);
        }

        Assert.That(screen, Does.Match(@"│ Rtr\s+│ bereikbaar"), "the /publiek/ API still takes the key");
    }

    /// <summary>The command line: <c>run</c> with the real pre profile, reports in this test's folder.</summary>
    private string Run(string arguments) =>
        $"dotnet '{typeof(HarnessApp).Assembly.Location}' run --config '{TlsStandIn.PreProfile}' {arguments} --report-dir '{PathIn("reports")}'";

    /// <summary>The municipality's profile: every national endpoint live at the stand-in, with its key; the plan software observed.</summary>
    private static string Profile(IReadOnlyDictionary<string, Uri> endpoints, string drop) => JsonSerializer.Serialize(new
    {
        ChainHarness = new
        {
            Profile = "repetitie",
            Profiles = new Dictionary<string, object>
            {
                ["repetitie"] = new
                {
                    Municipality = new { Code = "gm9999", Name = "Testdorp", Oin = "00000001999999990000" },
                    Timing = new { StepDeadline = "00:00:40", PollInterval = "00:00:00.100" },
                    Endpoints = endpoints.ToDictionary(e => e.Key, e => new { Mode = "Live", BaseUrl = e.Value.ToString(), ApiKey = EndpointOptions.SimulatedApiKey }),
                    Drivers = new { PlanSoftware = new { Mode = "Observe", Observe = new { DropFolder = drop } } },
                },
            },
        },
    });
}
