using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting.Output;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Tests.Drivers;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// A supplier's API that echoes a wrong bearer-style key in its 401 answer: the key (from the
/// environment, through the http driver's header template) is masked in the evidence and in every report.
/// </summary>
[Category("Robustness")]
[NonParallelizable]
public sealed class DriverSecretsTests
{
    private const string Variable = "CHAINHARNESS_TEST_DRIVER_TOKEN";

    [Test]
    public async Task RunAsync_SupplierEchoesTheToken_NoReportContainsIt()
    {
        // Given a token the supplier's API does not know, and which it echoes back
        var token = $"bearer-{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(Variable, token);
        using var planWerk = new PlanWerkApi();
        var profile = PlanWerkChain.Profile(planWerk, ("Drivers:PlanSoftware:Http:Headers:X-PlanWerk-Sleutel", $"${{env:{Variable}}}"));

        try
        {
            // When the plan chain runs through the driver
            var result = await PlanWerkChain.RunAsync(profile, planWerk);

            // Then step 1 fails on the 401, and the token is nowhere in what a tester sees
            Assert.That(result["1"].Outcome.Status, Is.EqualTo(StepStatus.Failed), result["1"].Outcome.Cause);
            using var folder = TempFolder.Create();
            ReportSet.WriteAll(RunReport.From(result), folder.Path, ReportLanguage.English, LocalChain.Secrets(profile));
            var written = Directory.EnumerateFiles(folder.Path).Select(File.ReadAllText).ToList();
            var evidence = result.Steps.SelectMany(s => s.Outcome.Evidence).Select(e => $"{e.Url} {e.RequestBody} {e.ResponseBody}").ToList();
            Assert.That(evidence, Has.Some.Contain("is onbekend"), "the 401 answer is in the evidence");
            Assert.That(evidence.Concat(written).Append(result["1"].Outcome.Cause ?? ""), Has.None.Contain(token));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
