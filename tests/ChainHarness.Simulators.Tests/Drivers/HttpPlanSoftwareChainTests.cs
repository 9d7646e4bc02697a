using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>
/// The plan chain (1–4b) through a supplier's own API, driven by the http driver from the
/// <c>supplier-ci</c> profile template alone, with the national side simulated.
/// </summary>
[NonParallelizable]
public sealed class HttpPlanSoftwareChainTests
{
    [OneTimeSetUp]
    public void SetToken() => Environment.SetEnvironmentVariable("PLANWERK_TOKEN", PlanWerkApi.Token);

    [Test]
    public async Task RunAsync_SupplierApiThroughHttpDriver_PlanChainPasses()
    {
        // Given the supplier-ci template pointed at PlanWerk
        using var planWerk = new PlanWerkApi();
        var profile = PlanWerkChain.Profile(planWerk);

        // When
        var result = await PlanWerkChain.RunAsync(profile, planWerk);

        // Then
        Assert.That(result.Steps.Take(5).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), Describe(result));
        Assert.That(planWerk.Requests, Is.GreaterThanOrEqualTo(5), "create, export, two opdrachten, status");
    }

    [Test]
    public async Task RunAsync_SubmitUrlMisspeltInTheMapping_StepTwoFailsNamingTheCallAndTheRestIsSkipped()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        using var planWerk = new PlanWerkApi();
        var profile = PlanWerkChain.Profile(planWerk, ("Drivers:PlanSoftware:Http:Operations:Submit:0:Url", "wijzigingen/${wijzigingId}/lvbb-opdracht"));

        var result = await PlanWerkChain.RunAsync(profile, planWerk);

        Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(result["2"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["2"].Outcome.Cause, Does.Contain("PlanSoftware: opdracht naar de LVBB answered 404, expected 202"));
        Assert.That(result["3"].Outcome.BlockedBy, Is.EqualTo((StepId)"2"));
        Assert.That(result["4b"].Outcome.Status, Is.EqualTo(StepStatus.Skipped));
    }

    [Test]
    public async Task RunAsync_ExportCapturePointsAtNothing_StepOneFailsSayingTheZipIsMissing()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // the assertions below read the English catalogue
        using var planWerk = new PlanWerkApi();
        var profile = PlanWerkChain.Profile(planWerk, ("Drivers:PlanSoftware:Http:Operations:ProduceChange:1:Captures:zip", "$.levering"));

        var result = await PlanWerkChain.RunAsync(profile, planWerk);

        Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["1"].Outcome.Cause, Does.Contain("the delivery ZIP is missing"));
        Assert.That(result["2"].Outcome.BlockedBy, Is.EqualTo((StepId)"1"));
    }

    private static string Describe(ChainResult result) =>
        string.Join("\n", result.Steps.Take(5).Select(s => $"{s.Step.Id}: {s.Outcome.Status} {s.Outcome.Cause ?? s.Outcome.Summary}"));
}
