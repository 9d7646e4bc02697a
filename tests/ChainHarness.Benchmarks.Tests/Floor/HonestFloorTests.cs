using ChainHarness.Benchmarks.Floor;
using ChainHarness.Simulators;

namespace ChainHarness.Benchmarks.Tests.Floor;

/// <summary>The benchmark's floor does the chain's work and no other: a fresh world, only the client's requests, no replay refused.</summary>
public sealed class HonestFloorTests
{
    [Test]
    public async Task RunAsync_ChainRecordedThenSentToAFreshWorld_NoAnswerIs4xxAndEveryStatusIsTheChains()
    {
        var (result, _, recorder, servers) = await ChainVsFloor.RunChainAsync(BenchProfiles.NoDelays());
        var plan = FloorPlan.From(recorder.ChainWork);
        using var fresh = LocalSimulation.Start(BenchProfiles.NoDelays());
        using var floor = new HonestFloor();

        var run = await floor.RunAsync(plan, servers, fresh);

        Assert.That(result.KetenGesloten, Is.True, "the recorded chain closed");
        Assert.That(recorder.Preflight, Is.GreaterThan(0), "the preflight's checks came first and are left out");
        Assert.That(recorder.ChainWork.Where(e => e.Status >= 400).Select(Describe), Is.Empty, "after its preflight the chain's own client got no 4xx or 5xx");
        Assert.That(run.ClientErrors, Is.Zero, "the floor got a 4xx: " + string.Join("; ", plan.Zip(run.Statuses).Where(p => p.Second >= 400).Select(p => $"{Describe(p.First.Exchange)} → {p.Second}")));
        Assert.That(run.StatusMismatches, Is.Zero, "every floor answer has the chain's status");
        Assert.That(run.IdsLearnt, Is.GreaterThan(servers.Count), "server-created ids were picked up from the answers, beside the addresses");
        Assert.That(recorder.WorldCalls, Is.GreaterThan(0), "the world's own calls (notification, VTH fetches) were seen and left out");
        Assert.That(plan.Select(s => s.Exchange), Has.None.Matches<RecordedExchange>(e => e.Headers.Any(h => h.Key == ExchangeRecorder.WorldCallHeader)));
    }

    private static string Describe(RecordedExchange e) => $"{e.Method} {e.Url.PathAndQuery} {e.Status}";
}
