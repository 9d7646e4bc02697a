using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// Transport faults at a national endpoint: each ends in the step that asked failing, within its
/// deadline (3 s here), never a hang.
/// </summary>
[Category("Robustness")]
[Parallelizable(ParallelScope.Children)]
public sealed class FaultsSurvivedTests
{
    /// <summary>The step's deadline plus a little for the runner to note the outcome.</summary>
    private static readonly TimeSpan Bound = RobustChain.Deadline + TimeSpan.FromSeconds(1);

    public static IEnumerable<TestCaseData> Faults()
    {
        yield return Case("5xx storm", r => r.WithStatusCode(503).WithBody("busy"));
        yield return Case("500 storm", r => r.WithStatusCode(500).WithBody("error"));
        yield return Case("429 with Retry-After", r => r.WithStatusCode(429).WithHeader("Retry-After", "1"));
        yield return Case("empty response", r => r.WithFault(FaultType.EMPTY_RESPONSE));
        yield return Case("malformed chunk", r => r.WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        yield return Case("a response that never ends", r => r.WithDelay(TimeSpan.FromMinutes(5)));
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Rtr_Fault_StepFiveFailsWithinItsDeadline(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, standIn.Url, "5-7");

        Assert.That(result["5"].Outcome.Duration, Is.LessThan(Bound));
        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
        Assert.That(result["6"].Outcome.Status, Is.EqualTo(Engine.Steps.StepStatus.Skipped));
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Aanleveren_Fault_StepSevenFailsWithinItsDeadline(Func<IResponseBuilder, IResponseBuilder> respond)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Aanleveren, standIn.Url, "5-7");

        Assert.That(result["7"].Outcome.Duration, Is.LessThan(Bound));
        RobustChain.AssertFailedClearly(result, profile, "7", "aanleveren");
    }

    [Test]
    public async Task Rtr_ConnectionReset_StepFiveFailsWithinItsDeadline()
    {
        using var listener = new ResettingListener();
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, listener.Url, "5");

        Assert.That(result["5"].Outcome.Duration, Is.LessThan(Bound));
        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
    }

    [Test]
    public async Task Rtr_Closed_StepFiveFailsWithinItsDeadline()
    {
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, $"http://127.0.0.1:{StandIn.FreeLoopbackPort()}", "5");

        Assert.That(result["5"].Outcome.Duration, Is.LessThan(Bound));
        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
    }

    private static TestCaseData Case(string name, Func<IResponseBuilder, IResponseBuilder> respond) =>
        new TestCaseData(respond).SetArgDisplayNames(name);
}
