using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Tests.Testing;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// Transport faults at a national endpoint: each ends in the step that asked failing on its own (its
/// cause, not the runner's deadline backstop), never a hang: the step asks once, the client tries that
/// ask 1 + Retries times (each attempt cut at its attempt timeout), then gives up. Counted at the
/// stand-in, not timed.
/// </summary>
[Category("Robustness")]
[Parallelizable(ParallelScope.Children)]
public sealed class FaultsSurvivedTests
{
    public static IEnumerable<TestCaseData> Faults()
    {
        yield return Case("5xx storm", r => r.WithStatusCode(503).WithBody("busy"), Transient);
        yield return Case("500 storm", r => r.WithStatusCode(500).WithBody("error"), Transient);
        yield return Case("429 with Retry-After", r => r.WithStatusCode(429).WithHeader("Retry-After", "1"), Transient);

        // WireMock answers these two with a 200 and an empty or garbled body: an answer, so not tried again
        yield return Case("empty response", r => r.WithFault(FaultType.EMPTY_RESPONSE), Answered);
        yield return Case("malformed chunk", r => r.WithFault(FaultType.MALFORMED_RESPONSE_CHUNK), Answered);
        yield return Case("a response that never ends", r => r.WithDelay(TimeSpan.FromMinutes(5)), Transient);
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Rtr_Fault_StepFiveFailsWithinItsDeadline(Func<IResponseBuilder, IResponseBuilder> respond, bool transient)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, standIn.Url, "5-7");

        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
        OwnEnding.Assert(result, profile, "5");
        Assert.That(standIn.Arrived("GET", "/activiteiten"), Is.EqualTo(Tries(profile, transient)), "step 5's one ask, tried again only while the retries last");
        Assert.That(result["6"].Outcome.Status, Is.EqualTo(Engine.Steps.StepStatus.Skipped));
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Aanleveren_Fault_StepSevenFailsWithinItsDeadline(Func<IResponseBuilder, IResponseBuilder> respond, bool transient)
    {
        using var standIn = StandIn.Answering(respond);
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Aanleveren, standIn.Url, "5-7");

        RobustChain.AssertFailedClearly(result, profile, "7", "aanleveren");
        OwnEnding.Assert(result, profile, "7");
        Assert.That(standIn.Arrived("POST", "/"), Is.EqualTo(Tries(profile, transient)), "step 7's one delivery, tried again only while the retries last");
    }

    [Test]
    public async Task Rtr_ConnectionReset_StepFiveFailsWithinItsDeadline()
    {
        using var listener = new ResettingListener();
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, listener.Url, "5");

        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
        OwnEnding.Assert(result, profile, "5");
        Assert.That(listener.Connections, Is.EqualTo(2 * (1 + profile.Timing.Retries)), "the preflight's ask and step 5's, each tried until the retries ran out");
    }

    [Test]
    public async Task Rtr_Closed_StepFiveFailsWithinItsDeadline()
    {
        var profile = RobustChain.Profile(retries: 2);

        var result = await RobustChain.RunWithStandInAsync(profile, DsoEndpoint.Rtr, $"http://127.0.0.1:{StandIn.FreeLoopbackPort()}", "5");

        RobustChain.AssertFailedClearly(result, profile, "5", "RTR");
        OwnEnding.Assert(result, profile, "5");
        var asks = result["5"].Outcome.Evidence.Where(e => e.Method is not null).ToList();
        Assert.That(asks.Select(e => (e.Title, e.StatusCode)), Is.EqualTo(new[] { ("Rtr: GET activiteiten", (int?)null) }), "one ask, no answer");
    }

    private const bool Transient = true;
    private const bool Answered = false;

    /// <summary>A transient failure (5xx, 429, no answer) is tried 1 + Retries times; an answer once.</summary>
    private static int Tries(ProfileOptions profile, bool transient) => transient ? 1 + profile.Timing.Retries : 1;

    private static TestCaseData Case(string name, Func<IResponseBuilder, IResponseBuilder> respond, bool transient) =>
        new TestCaseData(respond, transient).SetArgDisplayNames(name);
}
