using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Hosting;

/// <summary>A simulator whose service an outage fault names answers 503, every third request after hanging past the attempt timeout.</summary>
public sealed class ServiceOutageTests
{
    private const string Activities = "activiteiten?organisatieCode=9999";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long (real time) a test waits for an answer that needs no clock to move: only against a hang.</summary>
    private static readonly TimeSpan RealLimit = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Request_RtrDown_503AndEveryThirdOnlyAfterTheAttemptTimeout()
    {
        // Given the RTR is down (F11) and its client gives an attempt 1 s; the world's clock moves only when told
        var time = new ObservedTimeProvider();
        using var rtr = Start(OutageFaults.F11, time);
        using var http = Client(rtr);

        // When three requests come in, one after the other
        using var first = await http.GetAsync(Activities).WaitAsync(RealLimit);
        var second = http.GetAsync(Activities);
        await time.WaitForTimerAsync(AttemptTimeout + ServiceOutage.PastTheTimeout);
        time.Advance(AttemptTimeout + ServiceOutage.PastTheTimeout);
        using var secondAnswer = await second.WaitAsync(RealLimit);
        using var third = await http.GetAsync(Activities).WaitAsync(RealLimit);

        // Then each is a 503 problem naming the service; the first and third came with the clock standing still,
        // the second waited on the world's clock for the attempt timeout and a little more (the one wait it set)
        var answers = new[] { first, secondAnswer, third };
        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain("Rtr: de dienst is tijdelijk niet beschikbaar (storing)."));
        Assert.That(time.DueTimes, Is.EqualTo(new[] { AttemptTimeout + ServiceOutage.PastTheTimeout }));
    }

    [Test]
    public async Task Request_AnotherServiceDownOrTheFaultSwitchedOff_AnswersAsUsual()
    {
        // Given Ozon is down, not the RTR
        using var rtr = Start(OutageFaults.OzonDown);
        using var http = Client(rtr);

        using var whileOzonDown = await http.GetAsync("activiteiten?organisatieCode=9999");
        rtr.World.Faults.Enable(OutageFaults.F11);
        using var whileRtrDown = await http.GetAsync("activiteiten?organisatieCode=9999");
        rtr.World.Faults.Disable(OutageFaults.F11);
        using var afterwards = await http.GetAsync("activiteiten?organisatieCode=9999");

        Assert.That(whileOzonDown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(whileRtrDown.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static RtrSimulator Start(string fault, TimeProvider? time = null)
    {
        var profile = new ProfileOptions { Faults = [fault] };
        profile.Endpoints[DsoEndpoint.Rtr] = new EndpointOptions { AttemptTimeout = AttemptTimeout };
        var world = new SimulatedWorld(profile, time ?? TimeProvider.System);
        SimulatorRoster.Seed(world);
        return (RtrSimulator)new RtrSimulator(world).Start();
    }

    private static HttpClient Client(RtrSimulator rtr)
    {
        var http = new HttpClient { BaseAddress = new Uri(rtr.BaseUrl + "/") };
        http.DefaultRequestHeaders.Add("x-api-key", EndpointOptions.SimulatedApiKey);
        return http;
    }
}
