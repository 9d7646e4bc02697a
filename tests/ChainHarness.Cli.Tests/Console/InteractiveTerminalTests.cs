using ChainHarness.Engine.Waiting;
using System.Text.Json;
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
