using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.ObservedCauses;

/// <summary>
/// Step 4a checks the bekendmaking's metadata against what step 1 delivered, not only that a record
/// exists: the world's publication is changed from outside (on every SRU request, before the answer).
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class Step4aMetadataTests
{
    [Test]
    public async Task BesluitListedUnderAnotherMunicipalityBladAndDate_Fails4aNamingEachField()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await Injected.RunAsync(Injected.Profile(), "1-4a", sim => Rewrite(sim, b => b with
        {
            Organisatie = "Utrecht",
            Publicatieblad = "Staatscourant",
            DatumBekendmaking = "2019-03-01",
        }));

        var report = RunReport.From(result).Steps.Single(s => s.Step.Id.ToString() == "4a");
        Assert.That(report.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(report.Outcome.Cause, Does.Contain("but not as step 1 delivered it")
            .And.Contain("dcterms:creator is 'Utrecht', expected 'Testdorp'")
            .And.Contain("publicatienaam is 'Staatscourant', expected 'Gemeenteblad'")
            .And.Contain("dcterms:available is '2019-03-01'"));
        Assert.That(report.FindingCode, Is.Null, "not F3: the besluit was found");
        Assert.That(report.Owner, Is.EqualTo(LikelyOwner.Lvbb));
    }

    [Test]
    public async Task BesluitUnderAnotherTitle_Fails4aInDutch()
    {
        var result = await Injected.RunAsync(Injected.Profile(), "1-4a", sim => Rewrite(sim, b => b with { Titel = "Besluit van een ander" }));

        var step = result["4a"].Outcome;
        Assert.That(step.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(step.Cause, Does.Contain("maar niet zoals stap 1 het aanleverde").And.Contain("dcterms:title is 'Besluit van een ander', verwacht"));
    }

    [Test]
    public async Task BekendmakingAsDelivered_Passes()
    {
        var result = await Injected.RunAsync(Injected.Profile(), "1-4a", _ => { });

        Assert.That(result["4a"].Outcome.Status, Is.EqualTo(StepStatus.Passed), ResultText.Describe(result));
    }

    private static void Rewrite(LocalSimulation simulation, Func<Bekendmaking, Bekendmaking> change) =>
        simulation.Servers.Single(s => s.Name == DsoEndpoint.Bekendmakingen).RequestObserver = _ =>
        {
            foreach (var b in simulation.World.Bekendmakingen.All.ToList())
            {
                simulation.World.Bekendmakingen.Add(change(b));
            }
        };
}
