using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests;

[Parallelizable(ParallelScope.Children)]
public sealed class LocalChainTests
{
    private static readonly StepId[] PlanSteps = ["1", "2", "3", "4a", "4b"];

    [Test]
    public async Task RunAsync_PlanSteps_EachPassesAgainstTheSimulators()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await LocalChain.RunAsync(FastProfiles.Local(), Selection("1-4b"));

        Assert.That(PlanSteps.Select(id => result[id].Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result["3"].Outcome.Summary, Does.Contain("as gmb-").And.Contain("the plan software shows 'Gepubliceerd'"));
        Assert.That(result["4b"].Outcome.Summary, Does.Contain("at (155050, 463050) rule nl.imow-gm9999.juridischeregel.dakkapel51"));
    }

    [Test]
    public async Task RunAsync_AllSteps_ChainClosesAndStepsTenAndElevenDoNotApply()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await LocalChain.RunAsync(FastProfiles.Local());

        Assert.That(result.Steps.Where(s => s.Step.ClosesChain).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(result.KetenGesloten, Is.True);
        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["10"].Outcome.Summary, Does.Contain("no behandeldienst"));
        Assert.That(result["11"].Outcome.Status, Is.EqualTo(StepStatus.NotApplicable));
        Assert.That(result["11"].Outcome.Summary, Does.Contain("no collaboration partner"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public async Task RunAsync_LocalPartnersProfile_AllFourteenStepsPass()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var result = await LocalChain.RunAsync(FastProfiles.LocalPartners());

        Assert.That(result.Steps.Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(result.Steps.Select(s => s.Step), Is.EqualTo(KnownSteps.All));
        Assert.That(result["10"].Outcome.Summary, Does.Contain("nl.imow-gm9999.activiteit.milieubelastendeactiviteit went to Omgevingsdienst Testregio"));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [TestCase("F18", "F18")]
    [TestCase("F19", "F19")]
    public async Task RunAsync_LocalPartnersProfileWithRoutingFault_Step10FailsWithThatFinding(string fault, string finding)
    {
        var result = await LocalChain.RunAsync(FastProfiles.LocalPartners(fault));

        Assert.That(result["10"].Outcome.Status, Is.EqualTo(StepStatus.Failed), ResultText.Describe(result));
        Assert.That(result["10"].Outcome.Finding, Is.EqualTo(finding));
        Assert.That(result["9b"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public async Task RunAsync_TestLocationOutsideTheWerkingsgebied_Step4bFailsSayingSo()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
        var profile = FastProfiles.Local();
        profile.TestLocation = new() { X = 150_000, Y = 460_000 };

        var result = await LocalChain.RunAsync(profile, Selection("1-4b"));

        Assert.That(result["4b"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["4b"].Outcome.Cause, Does.Contain("At the test location (150000, 460000) Ozon returns no rule of regeling /akn/nl/act/gm9999/2024/omgevingsplan"));
        Assert.That(result["4a"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
    }

    [Test]
    public async Task RunAsync_PlanSteps_EvidenceHasTheExchangesButNeverTheApiKey()
    {
        var profile = FastProfiles.Local();
        profile.Endpoints["Ozon"] = new() { ApiKey = "geheim-sleutel-42" };

        var result = await LocalChain.RunAsync(profile, Selection("1-4b"));

        var evidence = result.Steps.SelectMany(s => s.Outcome.Evidence).ToList();
        Assert.That(result["4b"].Outcome.Status, Is.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(evidence.Select(e => e.Title), Has.Some.StartsWith("Ozon: POST annotaties/regeltekstannotaties/_zoek"));
        Assert.That(evidence.Select(e => $"{e.Title} {e.Url} {e.RequestBody} {e.ResponseBody}"), Has.None.Contains("geheim-sleutel-42"));
    }

    private static StepSelection Selection(string text)
    {
        StepSelection.TryParse(text, out var selection, out _);
        return selection;
    }
}
