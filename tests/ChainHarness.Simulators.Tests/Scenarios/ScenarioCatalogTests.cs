using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Scenarios;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Scenarios;

/// <summary>
/// Every built-in scenario run against fresh simulators: the step it names fails for its finding, its
/// dependants are skipped. One at a time: twenty chains at once on a small machine run into step deadlines.
/// </summary>
[NonParallelizable]
public sealed class ScenarioCatalogTests
{
    private static IEnumerable<TestCaseData> Catalogue() => ScenarioCatalog.BuiltIn.Select(s =>
    {
        var data = new TestCaseData(s.Naam).SetName($"RunAsync_Scenario{s.Naam}_FailsWhereItSays");
        return s.Bedraad ? data : data.Ignore($"Scenario {s.Naam}: its fault is not wired in the simulators yet.");
    });

    [TestCaseSource(nameof(Catalogue))]
    public async Task RunAsync_Scenario_FailsWhereItSays(string naam)
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        // Given
        var scenario = ScenarioCatalog.Find(ScenarioCatalog.BuiltIn, naam)!;

        // When
        var result = await LocalChain.RunAsync(scenario.ApplyTo(FastProfiles.Local()));

        // Then
        var failed = result.Steps.Where(s => s.Outcome.Status == StepStatus.Failed).Select(s => s.Step.Id.ToString()).ToList();
        Assert.That(failed, Is.EqualTo(scenario.FalendeStap is null ? Array.Empty<string>() : [scenario.FalendeStap]), ResultText.Describe(result));
        if (scenario.FalendeStap is { } stap)
        {
            Assert.That(result[stap].Outcome.Finding, Is.EqualTo(scenario.Bevinding), result[stap].Outcome.Cause);
            Assert.That(result[stap].Outcome.Cause, Is.Not.Empty);
            if (scenario.OorzaakBevat is { } oorzaak)
            {
                Assert.That(result[stap].Outcome.Cause, Does.Contain(oorzaak));
            }
        }

        var skipped = result.Steps.Where(s => s.Outcome.Status == StepStatus.Skipped).Select(s => s.Step.Id).ToList();
        var notRun = result.Steps.Where(s => s.Outcome.Status == StepStatus.NotRun).Select(s => s.Step.Id).ToList();
        Assert.That(skipped, Is.EquivalentTo(scenario.OvergeslagenStappen.Except(scenario.NietGedraaid)), ResultText.Describe(result));
        Assert.That(notRun, Is.EquivalentTo(scenario.NietGedraaid));
    }

    [Test]
    public void BuiltIn_CoversEveryFinding_OnceEach()
    {
        var names = ScenarioCatalog.BuiltIn.Select(s => s.Naam).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Is.SupersetOf(Enumerable.Range(1, 20).Select(i => $"F{i}")).And.Contains(ScenarioCatalog.AllesGoed));
        Assert.That(ScenarioCatalog.BuiltIn.SelectMany(s => s.Validate(s.Naam)), Is.Empty);
    }
}
