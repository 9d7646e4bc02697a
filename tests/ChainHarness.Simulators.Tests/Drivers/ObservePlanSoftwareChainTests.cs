using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>
/// The plan chain with the plan software observed: a scripted person works the (simulated) plan
/// software's screens; the harness finds the exported ZIP and waits for the simulated LVBB, which
/// takes a while to produce its verslag.
/// </summary>
public sealed class ObservePlanSoftwareChainTests : WithTempFolder
{
    private string Drop => PathIn("levering");

    [Test]
    public async Task RunAsync_PersonFollowsTheDutchInstructions_PlanChainPassesAfterTheLvbbIsReady()
    {
        // Given a person who exports a little later, then validates and publishes, and an LVBB that takes 400 ms per opdracht
        var profile = Profile(TimeSpan.FromSeconds(10));
        profile.Timing.LvbbProcessingDelay = TimeSpan.FromMilliseconds(400);
        IPlanSoftware software = null!;
        PlanDelivery? exported = null;
        var sends = 0;
        var person = new ScriptedOperator(async (question, ct) =>
        {
            if (question.StartsWith("Pad van het ZIP-bestand", StringComparison.Ordinal))
            {
                exported = await software.ProduceChangeAsync(ct);
                _ = Task.Delay(300, ct).ContinueWith(_ => File.WriteAllBytes(Path.Combine(Drop, "export.zip"), exported.Zip), ct);
                return "";
            }

            if (question.StartsWith("Welk idLevering", StringComparison.Ordinal))
            {
                var soort = ++sends == 1 ? OpdrachtSoort.Validatie : OpdrachtSoort.Publicatie;
                return (await software.SubmitAsync(exported!, soort, ct)).IdLevering;
            }

            var id = question.Split(' ').First(w => w.StartsWith("gm9999-", StringComparison.Ordinal)).TrimEnd('?');
            return (await software.GetStatusAsync(id, ct)).State == PlanPublicationState.Gepubliceerd ? "gepubliceerd" : "in behandeling";
        });

        // When
        var result = await RunPlanChainAsync(profile, person, simulated => software = simulated);

        // Then
        Assert.That(result.Steps.Take(5).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed),
            string.Join("\n", result.Steps.Take(5).Select(s => $"{s.Step.Id}: {s.Outcome.Cause ?? s.Outcome.Summary}")));
        Assert.That(person.Said, Has.Some.StartsWith("Stap 3: Publiceer de wijziging in uw plansoftware"));
        Assert.That(result["3"].Outcome.Evidence.Select(e => e.ResponseBody), Has.Some.Contains("(waargenomen)"));
    }

    [Test]
    public async Task RunAsync_NonInteractiveAndNobodyExports_StepOneFailsAtTheDeadlineNamingTheFolder()
    {
        var told = new List<string>();
        var result = await RunPlanChainAsync(Profile(TimeSpan.FromSeconds(1)), new NonInteractiveOperator(told.Add), _ => { });

        Assert.That(told, Has.Some.Contains("exporteer de levering als ZIP-bestand"));
        Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["1"].Outcome.Cause, Does.Contain("PlanSoftware (waargenomen): er verscheen geen ZIP-bestand").And.Contain("binnen 1 s"));
        Assert.That(result["2"].Outcome.BlockedBy, Is.EqualTo((StepId)"1"));
    }

    [Test]
    public async Task RunAsync_InEnglishAndNobodyExports_TheCauseNamesTheObservedSoftwareInEnglish()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await RunPlanChainAsync(Profile(TimeSpan.FromSeconds(1)), new NonInteractiveOperator(_ => { }), _ => { });

        Assert.That(result["1"].Outcome.Cause, Does.Contain("PlanSoftware (observed): no delivery ZIP appeared").And.Not.Contain("waargenomen"));
    }

    private ProfileOptions Profile(TimeSpan deadline)
    {
        var profile = new ProfileOptions { Timing = new TimingOptions { StepDeadline = deadline } };
        profile.Drivers[DriverOptions.PlanSoftware] = new DriverOptions { Mode = DriverMode.Observe, Observe = new ObserveDriverOptions { DropFolder = Drop } };
        Directory.CreateDirectory(Drop);
        return profile;
    }

    private static Task<ChainResult> RunPlanChainAsync(ProfileOptions profile, IOperator person, Action<IPlanSoftware> simulated)
    {
        StepSelection.TryParse("1-4b", out var selection, out _);
        return LocalChain.RunAsync(profile, selection, "pre", arrange: simulation =>
        {
            simulated(simulation.Services.Require<IPlanSoftware>());
            simulation.Services.Add(person);
        });
    }
}
