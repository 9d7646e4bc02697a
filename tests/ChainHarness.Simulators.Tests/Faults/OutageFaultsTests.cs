using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Faults;

/// <summary>
/// F11, a DSO-LV service down: the step that asks it fails within its deadline (on its own: its cause,
/// not the runner's backstop), naming the service and what it answered after asking it (counted at the
/// simulator); what builds on that step is skipped. That each ask is tried exactly 1 + Retries times is
/// <c>FaultsSurvivedTests</c>'.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class OutageFaultsTests
{
    [Test]
    public async Task RunAsync_RtrDown_Step5FailsNamingTheRtrAndItsAnswerAndEverythingAfterIsSkipped()
    {
        // Given the RTR answers 503, some requests only after hanging past the attempt timeout
        var profile = FastProfiles.Local(OutageFaults.F11);

        // When the whole chain runs
        var asks = 0;
        var result = await LocalChain.RunAsync(profile, arrange: sim => Server(sim, DsoEndpoint.Rtr).RequestObserver = m => Count(ref asks, m.Path.EndsWith("/activiteiten", StringComparison.Ordinal)));

        // Then the plan chain passes, step 5 fails for the outage and the rules lane behind it is skipped
        Assert.That(new StepId[] { "1", "2", "3", "4a", "4b" }.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        var step5 = result["5"].Outcome;
        Assert.That(step5.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        OwnEnding.Assert(result, profile, "5");
        Assert.That(step5.Finding, Is.EqualTo("F11"));
        Assert.That(step5.Cause, Does.StartWith("De RTR (RTR gegevens v2) kon niet gevraagd worden naar activiteit nl.imow-gm9999.activiteit.dakkapelbouwen: die gaf "));
        Assert.That(step5.Cause, Does.Contain("HTTP 503").Or.Contain("geen antwoord"));
        Assert.That(asks, Is.GreaterThanOrEqualTo(1 + profile.Timing.Retries), "the service was asked: at least one ask and its retries");
        SkippedSteps.AssertBlocked(result, ("6", "5"), ("7", "6"), ("8a", "7"), ("8b", "7"), ("9a", "8b"), ("9b", "9a"));
        var preflight = result.Preflight!.Checks.Single(c => c.Endpoint == DsoEndpoint.Rtr);
        Assert.That(preflight.Status, Is.EqualTo(ConnectionStatus.NotConnected), preflight.Detail);
    }

    [Test]
    public async Task RunAsync_OzonDown_Step4bFailsNamingOzonAndItsAnswer()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        StepSelection.TryParse("1-4b", out var selection, out _);
        var profile = FastProfiles.Local(OutageFaults.OzonDown);

        var asks = 0;
        var result = await LocalChain.RunAsync(profile, selection, arrange: sim => Server(sim, DsoEndpoint.Ozon).RequestObserver = _ => Count(ref asks, true));

        Assert.That(new StepId[] { "1", "2", "3", "4a" }.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        var step4b = result["4b"].Outcome;
        Assert.That(step4b.Status, Is.EqualTo(StepStatus.Failed));
        OwnEnding.Assert(result, profile, "4b");
        Assert.That(step4b.Finding, Is.EqualTo("F11"));
        Assert.That(step4b.Cause, Does.StartWith("Ozon (Presenteren v8, behind Regels op de kaart) could not be asked for regeling /akn/nl/act/gm9999/2024/omgevingsplan: for "));
        Assert.That(step4b.Cause, Does.Contain("answered 503 Service Unavailable: Ozon: de dienst is tijdelijk niet beschikbaar (storing).").Or.Contain("did not answer"));
        Assert.That(asks, Is.GreaterThanOrEqualTo(1 + profile.Timing.Retries), "the service was asked: at least one ask and its retries");
    }

    private static SimulatorServer Server(LocalSimulation simulation, string name) => simulation.Servers.Single(s => s.Name == name);

    private static void Count(ref int asks, bool counts)
    {
        if (counts)
        {
            Interlocked.Increment(ref asks);
        }
    }
}
