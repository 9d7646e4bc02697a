using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.Tests.LoketLane;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// F15 ("no werkzaamheden linked") is claimed only after looking in RTR gegevens: the loket's search is
/// made to find nothing from outside (a WireMock mapping on the Zoekinterface), and the RTR is left as
/// it is, emptied, or made to fail the same way.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class Step8aF15Tests
{
    private static readonly SimResponse NothingFound = SimResponse.Hal(new { _embedded = new { werkzaamheden = Array.Empty<object>() }, page = new { number = 1, size = 20, totalElements = 0 } });

    [Test]
    public async Task SearchFindsNothingButTheRtrLinksIt_TheSearchsFaultNotF15()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await RunAsync(_ => { });

        var step = result["8a"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("finds nothing, not the werkzaamheid 'Dakkapel plaatsen', although RTR gegevens links it to 1 activit"));
        Assert.That(step.Finding, Is.Null, "not F15: the RTR shows the link");
        Assert.That(step.Owner, Is.EqualTo(LikelyOwner.Omgevingsloket));
    }

    [Test]
    public async Task SearchFindsNothingAndTheRtrListsNoWerkzaamheid_F15AfterLooking()
    {
        var result = await RunAsync(sim => Injected.Always(sim, DsoEndpoint.Rtr, "*/werkzaamheden", "GET", NothingFound));

        var step = result["8a"].Outcome;
        Assert.That(step.Finding, Is.EqualTo("F15"), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("en RTR gegevens koppelt haar op").And.Contain("aan geen activiteit (de RTR noemt: niets)"));
    }

    [Test]
    public async Task SearchFindsNothingAndTheRtrCannotBeAsked_NoClaimAboutTheLink()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await RunAsync(sim => Injected.Always(sim, DsoEndpoint.Rtr, "*/werkzaamheden", "GET", SimResponse.Problem(429, "Too Many Requests", "Te veel verzoeken.").WithHeader("Retry-After", "0")));

        var step = result["8a"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("whether it is linked could not be checked: RTR gegevens answered 429"));
        Assert.That(step.Finding, Is.Null, "not F15: nothing was seen of the link");
    }

    private static Task<ChainResult> RunAsync(Action<LocalSimulation> rtr)
    {
        StepSelection.TryParse("8a", out var steps, out _);
        var profile = Injected.Profile();
        profile.FromActivity = ExistingContent.BruidsschatActivityId;
        return LocalChain.RunAsync(profile, steps, arrange: simulation =>
        {
            TestdorpRtr.Seed(simulation.World);
            Injected.Always(simulation, DsoEndpoint.Zoekinterface, "*/werkzaamheden/_zoek", "POST", NothingFound);
            rtr(simulation);
        });
    }
}
