using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Testing;
using RestSharp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Engine.Tests.Http;

/// <summary>Retry, Retry-After, attempt timeout and connection faults, on a fake clock wherever the client waits.</summary>
public sealed class ApiClientResilienceTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private WireMockServer _server = null!;

    [SetUp]
    public void SetUp() => _server = WireMockServer.Start();

    [TearDown]
    public void TearDown() => _server.Dispose();

    [Test]
    public async Task SendAsync_503ThenOk_RetriesAfterTheBackoffAndReturnsOk()
    {
        // Given a service that fails once
        Sequence(Response.Create().WithStatusCode(503), Response.Create().WithStatusCode(200).WithBody("ok"));
        var time = new ObservedTimeProvider();
        using var client = Client(time, new EndpointResilience(2, AttemptTimeout, TimeSpan.FromSeconds(1)));

        // When
        var send = Send(client);
        var backoff = await time.WaitForTimersAsync(2); // the attempt's timeout, then the backoff
        Assert.That(send.IsCompleted, Is.False, "the retry waits for its backoff");
        Assert.That(backoff, Is.InRange(TimeSpan.Zero, TimeSpan.FromSeconds(2)), "the first backoff is 1 s with jitter");
        Assert.That(_server.LogEntries.Count(), Is.EqualTo(1));
        time.Advance(backoff);

        // Then
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(_server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_429WithRetryAfter_RetriesNotBeforeTheAskedWait()
    {
        // Given a service that asks for 20 s
        Sequence(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "20"), Response.Create().WithStatusCode(200));
        var time = new ObservedTimeProvider();
        using var client = Client(time, new EndpointResilience(2, AttemptTimeout, TimeSpan.FromMilliseconds(100)));

        // When the client waits: a timer of exactly 20 s, and no second request before it ends
        var send = Send(client);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(20));
        time.Advance(TimeSpan.FromSeconds(19.9));
        await Task.WhenAny(send, Task.Delay(150));
        Assert.That(_server.LogEntries.Count(), Is.EqualTo(1), "no retry before Retry-After");
        time.Advance(TimeSpan.FromSeconds(0.1));

        // Then
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(_server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_EveryAttemptHangs_EachTimesOutAndTheResultIsATimedOutResponse()
    {
        // Given a system that accepts connections and never answers
        using var listener = new CountingListener([null]);
        var time = new ObservedTimeProvider();
        var timeout = TimeSpan.FromSeconds(5);
        using var client = new ApiClient(
            new ApiClientSettings("Ozon", new Uri($"http://127.0.0.1:{listener.Port}/"))
            {
                Resilience = new EndpointResilience(1, timeout, TimeSpan.FromSeconds(1)),
            },
            time);

        // When each attempt's timeout passes on the fake clock
        var send = Send(client);
        var attempt1 = await time.WaitForTimersAsync(1);
        await listener.WaitForConnectionsAsync(1);
        time.Advance(attempt1);
        time.Advance(await time.WaitForTimersAsync(2)); // the backoff
        var attempt2 = await time.WaitForTimersAsync(3);
        await listener.WaitForConnectionsAsync(2);
        time.Advance(attempt2);
        Assert.That(time.DueTimes.Where(d => d == timeout).Count(), Is.EqualTo(2), "one timeout per attempt");

        // Then two attempts, each cut off, and a response rather than an exception
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(response.ResponseStatus, Is.EqualTo(ResponseStatus.TimedOut));
        Assert.That(listener.Connections, Is.EqualTo(2), "timers: " + string.Join(", ", time.DueTimes));
    }

    [Test]
    public async Task SendAsync_ConnectionResetOnce_RetriesAndReturnsOk()
    {
        // Given a system whose first connection is reset (a TCP RST: WireMock.Net's fault types answer 200 with a broken body instead)
        using var listener = new CountingListener(CountingListener.Reset, CountingListener.Ok);
        using var client = new ApiClient(
            new ApiClientSettings("Ozon", new Uri($"http://127.0.0.1:{listener.Port}/")) { Resilience = new EndpointResilience(2, AttemptTimeout, TimeSpan.Zero) },
            TimeProvider.System);

        // When
        var response = await Send(client);

        // Then
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(listener.Connections, Is.EqualTo(2));
    }

    [Test]
    public async Task EndpointDirectory_PerEndpointRetriesFromConfiguration_EachEndpointRetriesItsOwnNumberOfTimes()
    {
        // Given two endpoints on an always-failing service: Ozon overrides Retries to 0, Lvbb keeps the profile's 2
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        var profile = new ProfileOptions { Timing = new TimingOptions { AttemptTimeout = TimeSpan.FromSeconds(60) } };
        profile.Endpoints["Ozon"] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = _server.Url + "/ozon", Retries = 0 };
        profile.Endpoints["Lvbb"] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = _server.Url + "/lvbb" };
        using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);

        // When
        var ozon = await Send(endpoints.Get("Ozon"));
        var lvbb = await Send(endpoints.Get("Lvbb"));

        // Then
        Assert.That((int)ozon.StatusCode, Is.EqualTo(503));
        Assert.That((int)lvbb.StatusCode, Is.EqualTo(503));
        Assert.That(_server.LogEntries.Count(e => e.RequestMessage!.Path.StartsWith("/ozon", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(_server.LogEntries.Count(e => e.RequestMessage!.Path.StartsWith("/lvbb", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(422)]
    public async Task SendAsync_ClientError_NotRetriedAndItsStatusIsInTheEvidence(int status)
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(status));
        using var client = Client(TimeProvider.System, new EndpointResilience(2, AttemptTimeout, TimeSpan.Zero));
        var evidence = new EvidenceLog(SecretRedactor.None);

        var response = await client.SendAsync(new RestRequest("regelingen"), evidence, CancellationToken.None);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(_server.LogEntries.Count(), Is.EqualTo(1));
        Assert.That(evidence.Items.Single().StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void EndpointOptions_Resilience_EndpointOverridesWinOverTheProfileTiming()
    {
        var timing = new TimingOptions { Retries = 4, AttemptTimeout = TimeSpan.FromSeconds(7) };

        var resilience = new EndpointOptions { AttemptTimeout = TimeSpan.FromSeconds(2) }.Resilience(timing);

        Assert.That(resilience, Is.EqualTo(new EndpointResilience(4, TimeSpan.FromSeconds(2), timing.RetryDelay)));
    }

    private ApiClient Client(TimeProvider time, EndpointResilience resilience) =>
        new(new ApiClientSettings("Ozon", new Uri(_server.Url!)) { Resilience = resilience }, time);

    private static Task<RestResponse> Send(ApiClient client) =>
        client.SendAsync(new RestRequest("regelingen"), new EvidenceLog(SecretRedactor.None), CancellationToken.None);

    private void Sequence(IResponseBuilder first, IResponseBuilder then)
    {
        _server.Given(Request.Create().UsingAnyMethod()).InScenario("s").WillSetStateTo("second").RespondWith(first);
        _server.Given(Request.Create().UsingAnyMethod()).InScenario("s").WhenStateIs("second").RespondWith(then);
    }
}
