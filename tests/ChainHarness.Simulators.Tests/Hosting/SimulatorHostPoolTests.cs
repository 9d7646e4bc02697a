using System.Net;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Ozon;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Hosting;

public sealed class SimulatorHostPoolTests
{
    [Test]
    public async Task Start_OnAPool_ServesItsApiUnderTheRunsOwnPath()
    {
        // Given an Ozon simulator on a pooled server
        using var pool = new SimulatorHostPool();
        using var ozon = Ozon();
        ozon.Start(pool);

        // When its server is asked, under this run's path, for something outside the API
        using var http = new HttpClient();
        using var answer = await http.GetAsync(ozon.ServerUrl + "/elders");

        // Then the simulator itself answers (its problem+json), seeing the path without the run's part
        Assert.That(new Uri(ozon.ServerUrl).AbsolutePath, Does.Match("^/run-[0-9]+$"));
        Assert.That(ozon.BaseUrl.AbsolutePath, Does.StartWith(new Uri(ozon.ServerUrl).AbsolutePath + ozon.BasePath));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Ozon: geen API onder /elders"));
    }

    [Test]
    public async Task StartEarly_ThenSimulatorsStart_TheyShareTheServerStartedEarly()
    {
        // Given a pool whose server was started early (twice asked), before any simulator
        using var pool = new SimulatorHostPool();
        pool.StartEarly();
        pool.StartEarly();

        // When two simulators start on it and one is asked
        using var ozon = Ozon();
        ozon.Start(pool);
        using var other = Ozon();
        other.Start(pool);
        using var http = new HttpClient();
        using var answer = await http.GetAsync(ozon.ServerUrl + "/elders");

        // Then one server was started in all, and it serves them
        Assert.That(pool.Started, Is.EqualTo(1));
        Assert.That(new Uri(other.ServerUrl).Port, Is.EqualTo(new Uri(ozon.ServerUrl).Port));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Ozon: geen API onder /elders"));
    }

    [Test]
    public void StartEarly_ThenDisposed_StopsTheServerAndRefusesLaterSimulators()
    {
        // Given a pool that started its server early and lent it once, and a pool that started early and lent nothing
        var lent = new SimulatorHostPool();
        lent.StartEarly();
        using (var probe = Ozon())
        {
            probe.Start(lent);
        }

        var url = Ozon().Start(lent).ServerUrl;
        var unused = new SimulatorHostPool();
        unused.StartEarly();

        // When both are disposed (the unused one waits for its server to be up, then stops it)
        lent.Dispose();
        unused.Dispose();

        // Then the lent server no longer answers, and neither pool lends again
        using var http = new HttpClient();
        Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url));
        Assert.That(() => Ozon().Start(unused), Throws.InstanceOf<ObjectDisposedException>());
        Assert.That(() => Ozon().Start(lent), Throws.InstanceOf<ObjectDisposedException>());
    }

    [Test]
    public async Task Dispose_ThenTheNextRunBorrowsTheServer_ARequestForTheEndedRunNeverReachesIt()
    {
        // Given a run's simulator that ended, and the next run's simulator on the same server
        using var pool = new SimulatorHostPool();
        var first = Ozon();
        first.Start(pool);
        var endedUrl = first.BaseUrl;
        first.Dispose();
        using var second = Ozon();
        second.Start(pool);
        var seen = 0;
        second.ExchangeObserver = (_, _) => Interlocked.Increment(ref seen);

        // When something of the ended run still calls its old URL
        using var http = new HttpClient();
        using var late = await http.GetAsync(endedUrl + "/regelingen");

        // Then the server was reused, and the late request was refused without reaching the new run
        Assert.That(new Uri(second.ServerUrl).Port, Is.EqualTo(endedUrl.Port));
        Assert.That(pool.Started, Is.EqualTo(1));
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("has ended"));
        Assert.That(seen, Is.Zero);
    }

    [Test]
    public void Start_WithPoolAndFixedPorts_IsRefused()
    {
        using var pool = new SimulatorHostPool();

        Assert.That(() => LocalSimulation.Start(FastProfiles.Local(), ports: _ => 0, hosts: pool), Throws.ArgumentException);
    }

    private static OzonSimulator Ozon() => new(new SimulatedWorld(FastProfiles.Local(), TimeProvider.System));
}
