using System.Diagnostics;
using System.Net;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Tests.Hosting;

/// <summary>A simulator whose service an outage fault names answers 503, every third request after hanging past the attempt timeout.</summary>
public sealed class ServiceOutageTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Request_RtrDown_503AndEveryThirdOnlyAfterTheAttemptTimeout()
    {
        // Given the RTR is down (F11) and its client gives an attempt 1 s (the world on the real clock)
        using var rtr = Start(OutageFaults.F11);
        using var http = Client(rtr);

        // When three requests come in, one after the other
        var answers = new List<(HttpStatusCode Status, TimeSpan Took, string Body)>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync("activiteiten?organisatieCode=9999");
            answers.Add((response.StatusCode, watch.Elapsed, await response.Content.ReadAsStringAsync()));
        }

        // Then each is a 503 problem naming the service; the second only after the attempt timeout
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(answers[0].Body, Does.Contain("Rtr: the service is temporarily unavailable (outage)."));
        Assert.That(answers[1].Took, Is.GreaterThanOrEqualTo(AttemptTimeout + ServiceOutage.PastTheTimeout - TimeSpan.FromMilliseconds(50)));
        Assert.That(answers[2].Took, Is.LessThan(AttemptTimeout));
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

    private static RtrSimulator Start(string fault)
    {
        var profile = new ProfileOptions { Faults = [fault] };
        profile.Endpoints[DsoEndpoint.Rtr] = new EndpointOptions { AttemptTimeout = AttemptTimeout };
        var world = new SimulatedWorld(profile, TimeProvider.System);
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
