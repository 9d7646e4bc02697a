using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;
using Microsoft.Extensions.Configuration;

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
        var profile = SupplierCi(planWerk);

        // When
        var result = await RunPlanChainAsync(profile, planWerk);

        // Then
        Assert.That(result.Steps.Take(5).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), Describe(result));
        Assert.That(planWerk.Requests, Is.GreaterThanOrEqualTo(5), "create, export, two opdrachten, status");
    }

    [Test]
    public async Task RunAsync_SubmitUrlMisspeltInTheMapping_StepTwoFailsNamingTheCallAndTheRestIsSkipped()
    {
        using var planWerk = new PlanWerkApi();
        var profile = SupplierCi(planWerk, ("Drivers:PlanSoftware:Http:Operations:Submit:0:Url", "wijzigingen/${wijzigingId}/lvbb-opdracht"));

        var result = await RunPlanChainAsync(profile, planWerk);

        Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(result["2"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["2"].Outcome.Cause, Does.Contain("PlanSoftware: opdracht naar de LVBB answered 404, expected 202"));
        Assert.That(result["3"].Outcome.BlockedBy, Is.EqualTo((StepId)"2"));
        Assert.That(result["4b"].Outcome.Status, Is.EqualTo(StepStatus.Skipped));
    }

    [Test]
    public async Task RunAsync_ExportCapturePointsAtNothing_StepOneFailsSayingTheZipIsMissing()
    {
        using var planWerk = new PlanWerkApi();
        var profile = SupplierCi(planWerk, ("Drivers:PlanSoftware:Http:Operations:ProduceChange:1:Captures:zip", "$.levering"));

        var result = await RunPlanChainAsync(profile, planWerk);

        Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(result["1"].Outcome.Cause, Does.Contain("the delivery ZIP is missing"));
        Assert.That(result["2"].Outcome.BlockedBy, Is.EqualTo((StepId)"1"));
    }

    private static ProfileOptions SupplierCi(PlanWerkApi planWerk, params (string Key, string Value)[] overrides)
    {
        const string profile = "ChainHarness:Profiles:supplier-ci:";
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryFolders.RepositoryRoot, "docs", "profiles", "supplier-ci.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [profile + "Drivers:PlanSoftware:Http:BaseUrl"] = planWerk.BaseUrl,
                [profile + "Drivers:PlanSoftware:Http:Operations:ProduceChange:0:BodyFile"] =
                    Path.Combine(RepositoryFolders.Fixtures, "drivers", "planwerk", "nieuwe-wijziging.json"),
            })
            .AddInMemoryCollection(overrides.Select(o => new KeyValuePair<string, string?>(profile + o.Key, o.Value)))
            .Build();
        return HarnessConfiguration.Resolve(configuration).Profile;
    }

    private static Task<ChainResult> RunPlanChainAsync(ProfileOptions profile, PlanWerkApi planWerk)
    {
        StepSelection.TryParse("1-4b", out var selection, out _);
        return LocalChain.RunAsync(profile, selection, "supplier-ci", arrange: simulation => planWerk.Attach(simulation.Services.Require<IPlanSoftware>()));
    }

    private static string Describe(ChainResult result) =>
        string.Join("\n", result.Steps.Take(5).Select(s => $"{s.Step.Id}: {s.Outcome.Status} {s.Outcome.Cause ?? s.Outcome.Summary}"));
}
