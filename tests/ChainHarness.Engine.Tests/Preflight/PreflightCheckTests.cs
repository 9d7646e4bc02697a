using System.Net;
using System.Net.Sockets;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Tests.Running;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ChainHarness.Engine.Tests.Preflight;

public sealed class PreflightCheckTests
{
    private WireMockServer _server = null!;

    [SetUp]
    public void SetUp() => _server = WireMockServer.Start();

    [TearDown]
    public void TearDown() => _server.Dispose();

    [Test]
    public async Task RunAsync_EachKindOfAnswer_GivesItsOwnStatusNamingConnectionAndEndpoint()
    {
        // Given LVBB answers, the RTR refuses the key, aanleveren refuses the certificate, afhandelen is down, SWF is not there
        Answer("/lvbb", 404);
        Answer("/rtr", 401);
        Answer("/aanleveren", 403);
        Answer("/afhandelen", 503);
        var profile = Profile(("Lvbb", _server.Url + "/lvbb"), ("Rtr", _server.Url + "/rtr"), ("Aanleveren", _server.Url + "/aanleveren"),
            ("Afhandelen", _server.Url + "/afhandelen"), ("Samenwerken", $"http://127.0.0.1:{ClosedPort()}/swf"));
        using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);

        // When
        var result = await PreflightCheck.RunAsync(endpoints, profile, SecretRedactor.None, CancellationToken.None);

        // Then
        Assert.That(Status(result, "Lvbb"), Is.EqualTo(ConnectionStatus.Reachable), "a 404 proves the endpoint answers, not that it accepts our credentials");
        Assert.That(result.Checks.Single(c => c.Endpoint == "Lvbb").Detail, Does.StartWith("STOP bereikbaar: Lvbb antwoordt (404); dat bewijst niets over onze sleutel of ons certificaat"));
        Assert.That(Status(result, "Rtr"), Is.EqualTo(ConnectionStatus.CredentialsRefused), string.Join(" / ", result.Checks.Select(c => c.Detail)));
        Assert.That(Status(result, "Aanleveren"), Is.EqualTo(ConnectionStatus.CredentialsRefused));
        Assert.That(Status(result, "Afhandelen"), Is.EqualTo(ConnectionStatus.NotConnected));
        Assert.That(Status(result, "Samenwerken"), Is.EqualTo(ConnectionStatus.NotConnected));
        Assert.That(result.Checks.Single(c => c.Endpoint == "Rtr").Detail, Does.StartWith("STTR niet verbonden: Rtr weigert onze sleutel of ons certificaat (401)"));
        Assert.That(result.Checks.Single(c => c.Endpoint == "Samenwerken").Detail, Does.StartWith("SWF niet verbonden: Samenwerken gaf geen antwoord (").And.Contain("geweigerd").IgnoreCase, "the reason, not just 'Error'");
        Assert.That(result.Problems, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task RunAsync_EndpointWithoutUrlOrSimulator_IsNotConfiguredNotAFailure()
    {
        using var endpoints = new EndpointDirectory(new ProfileOptions(), new Dictionary<string, Uri>(), TimeProvider.System);

        var result = await PreflightCheck.RunAsync(endpoints, new ProfileOptions(), SecretRedactor.None, CancellationToken.None);

        Assert.That(result.Checks.Select(c => c.Koppelvlak).Distinct(), Is.EqualTo(new[] { "STOP", "STTR", "STAM", "SWF" }));
        Assert.That(result.Checks.All(c => c.Status == ConnectionStatus.NotConfigured), Is.True);
        Assert.That(result.Problems, Is.Empty);
    }

    [Test]
    public async Task RunAsync_FiveEndpoints_AreAskedAtOnceNotOneAfterAnother()
    {
        // Given five endpoints on a server that holds every answer until all five have asked
        // (the bound only keeps a failing run from hanging: one after another, at most one is ever waiting)
        var waiting = 0;
        var most = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithCallback(async _ =>
        {
            var now = Interlocked.Increment(ref waiting);
            InterlockedMax(ref most, now);
            if (now == 5)
            {
                allAsked.TrySetResult();
            }

            await Task.WhenAny(allAsked.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            Interlocked.Decrement(ref waiting);
            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
        var profile = Profile(("Lvbb", _server.Url + "/lvbb"), ("Rtr", _server.Url + "/rtr"), ("Aanleveren", _server.Url + "/aanleveren"),
            ("Afhandelen", _server.Url + "/afhandelen"), ("Samenwerken", _server.Url + "/swf"));
        profile.Timing.PreflightDeadline = TimeSpan.FromSeconds(60);
        using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);

        // When
        var result = await PreflightCheck.RunAsync(endpoints, profile, SecretRedactor.None, CancellationToken.None);

        // Then all five were waiting at the same moment, every one connected, in the order of the connections
        Assert.That(most, Is.EqualTo(5));
        Assert.That(result.Checks.Select(c => c.Status), Is.All.EqualTo(ConnectionStatus.Connected));
        Assert.That(result.Checks.Select(c => c.Endpoint), Is.EqualTo(new[] { "Lvbb", "Rtr", "Aanleveren", "Afhandelen", "Samenwerken" }));
    }

    [Test]
    public async Task ChainRunner_PreflightAsked_RunsBeforeStepOneWithTheEndpointsKeyAndIsItsOwnSection()
    {
        // Given
        Answer("/lvbb", 200);
        var profile = Profile(("Lvbb", _server.Url + "/lvbb"));
        profile.Endpoints["Lvbb"].ApiKey = "sleutel-van-testdorp";
        var requestsBeforeStep1 = -1;
        var steps = FakeStep.AllPassing();
        steps[0] = new FakeStep(KnownSteps.Get("1"), (_, _) =>
        {
            requestsBeforeStep1 = _server.LogEntries.Count();
            return Task.FromResult(StepOutcome.Passed("ok"));
        });
        using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), TimeProvider.System);

        // When
        var result = await new ChainRunner(new StepCatalog(steps), TimeProvider.System).RunAsync(
            new ChainRunRequest { ProfileName = "t", Profile = profile, Services = new ChainServices(), Endpoints = endpoints, Preflight = true },
            CancellationToken.None);

        // Then
        Assert.That(requestsBeforeStep1, Is.EqualTo(1));
        Assert.That(_server.LogEntries.Single().RequestMessage!.Headers!["x-api-key"].Single(), Is.EqualTo("sleutel-van-testdorp"));
        Assert.That(result.Preflight!.Checks.Single(c => c.Endpoint == "Lvbb").Status, Is.EqualTo(ConnectionStatus.Connected));
        Assert.That(result.KetenGesloten, Is.True);
    }

    private void Answer(string path, int status) =>
        _server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create().WithStatusCode(status));

    private static ConnectionStatus Status(PreflightResult result, string endpoint) => result.Checks.Single(c => c.Endpoint == endpoint).Status;

    private static ProfileOptions Profile(params (string Name, string Url)[] live)
    {
        // A generous attempt timeout: a machine under heavy load must not turn an answer into "no answer".
        var profile = new ProfileOptions { Timing = new TimingOptions { AttemptTimeout = TimeSpan.FromSeconds(60) } };
        foreach (var (name, url) in live)
        {
            profile.Endpoints[name] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = url, Retries = 0 };
        }

        return profile;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (seen < value)
        {
            var before = Interlocked.CompareExchange(ref target, value, seen);
            if (before == seen)
            {
                return;
            }

            seen = before;
        }
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
