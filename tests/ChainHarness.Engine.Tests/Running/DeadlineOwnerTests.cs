using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Tests.Http;
using ChainHarness.Testing;
using RestSharp;

namespace ChainHarness.Engine.Tests.Running;

/// <summary>
/// One deadline owner per step (and one for the preflight), on a fake clock: a step that ignores
/// its deadline is stopped at it (within 10 %), not at twice it; a Retry-After that ends past the
/// deadline is not waited; an attempt timeout longer than the deadline is cut to what is left; the
/// preflight ends at its deadline however many endpoints hang.
/// </summary>
[Category("Robustness")]
public sealed class DeadlineOwnerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Tolerance = Deadline / 10;

    [Test]
    public async Task RunAsync_StepIgnoresItsDeadline_StoppedAtTheDeadlineNotTwiceIt()
    {
        // Given step 3 waits forever and never looks at its deadline
        var time = new ObservedTimeProvider();
        var steps = FakeStep.AllPassing();
        steps[2] = new FakeStep(KnownSteps.Get("3"), async (ctx, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ctx.Time, ct);
            return StepOutcome.Passed("unreachable");
        });
        var started = time.GetUtcNow();

        // When
        var run = RunnerHarness.RunAsync(steps, Profile(), time: time);
        await time.DriveAsync(run);
        var result = await run;

        // Then it failed on its deadline, within 10 % of it
        var elapsed = time.GetUtcNow() - started;
        TestContext.Out.WriteLine($"deadline {Deadline}, stopped after {elapsed}");
        Assert.That(result["3"].Outcome.Finding, Is.EqualTo("F11"));
        Assert.That(elapsed, Is.InRange(Deadline, Deadline + Tolerance));
    }

    [Test]
    public async Task SendAsync_RetryAfterBeyondTheDeadline_NotWaitedTheAnswerComesBack()
    {
        // Given a service that answers 429 asking for 25 s, with a 20 s step deadline
        using var listener = new CountingListener("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 25\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        var time = new ObservedTimeProvider();
        var (steps, seen) = Sending(listener, new EndpointResilience(2, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(100)));
        var started = time.GetUtcNow();

        // When (time does not move: a retry that waited would never come back)
        var result = await RunnerHarness.RunAsync(steps, Profile(), time: time).WaitAsync(TimeSpan.FromSeconds(20));

        // Then one request, no 25 s wait, and the step itself reports the 429 well within its deadline
        var elapsed = time.GetUtcNow() - started;
        TestContext.Out.WriteLine($"timers: {string.Join(", ", time.DueTimes)}; elapsed {elapsed}");
        Assert.That(seen(), Is.EqualTo("429"), result["3"].Outcome.Cause);
        Assert.That(listener.Connections, Is.EqualTo(1));
        Assert.That(time.DueTimes, Has.None.EqualTo(TimeSpan.FromSeconds(25)));
        Assert.That(elapsed, Is.LessThan(Deadline));
    }

    [Test]
    public async Task SendAsync_AttemptTimeoutLongerThanTheDeadline_CutToTheDeadline()
    {
        // Given a system that never answers and an attempt timeout of a minute, with a 20 s step deadline
        using var listener = new CountingListener([null]);
        var time = new ObservedTimeProvider();
        var (steps, seen) = Sending(listener, new EndpointResilience(2, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)));
        var started = time.GetUtcNow();

        // When
        var run = RunnerHarness.RunAsync(steps, Profile(), time: time);
        await time.DriveAsync(run);
        var result = await run;

        // Then the attempt ended at the deadline, and the step (not the runner's backstop) said so
        var elapsed = time.GetUtcNow() - started;
        TestContext.Out.WriteLine($"timers: {string.Join(", ", time.DueTimes)}; elapsed {elapsed}");
        Assert.That(seen(), Is.EqualTo("TimedOut"), result["3"].Outcome.Cause);
        Assert.That(time.DueTimes, Has.None.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(elapsed, Is.InRange(Deadline - Tolerance, Deadline + Tolerance));
    }

    [Test]
    public async Task Preflight_EveryEndpointHangs_EndsAtItsDeadline()
    {
        // Given the five preflight endpoints live on a system that never answers, each with three 10 s attempts
        using var listener = new CountingListener([null]);
        var time = new ObservedTimeProvider();
        var profile = Profile();
        profile.Timing.AttemptTimeout = TimeSpan.FromSeconds(10);
        foreach (var endpoint in new[] { DsoEndpoint.Lvbb, DsoEndpoint.Rtr, DsoEndpoint.Aanleveren, DsoEndpoint.Afhandelen, DsoEndpoint.Samenwerken })
        {
            profile.Endpoints[endpoint] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = $"http://127.0.0.1:{listener.Port}/{endpoint}/" };
        }

        var started = time.GetUtcNow();
        using var endpoints = new EndpointDirectory(profile, new Dictionary<string, Uri>(), time);
        var request = new ChainRunRequest
        {
            ProfileName = "test", Profile = profile, Services = new ChainServices(), Endpoints = endpoints,
            Selection = StepSelection.All, Preflight = true,
        };

        // When only the preflight runs (no step is implemented)
        var run = new ChainRunner(new StepCatalog([]), time).RunAsync(request, CancellationToken.None);
        await time.DriveAsync(run);
        var result = await run;

        // Then all checks say not connected, and the preflight took its deadline, not 5 × 3 × 10 s
        var elapsed = time.GetUtcNow() - started;
        TestContext.Out.WriteLine($"preflight took {elapsed} of fake time; {listener.Connections} connections");
        Assert.That(result.Preflight!.Checks.Where(c => c.Status != Engine.Preflight.ConnectionStatus.NotConfigured), Has.All.Property("Status").EqualTo(Engine.Preflight.ConnectionStatus.NotConnected));
        // (the fake clock's driver advances to the next timer when the process is quiet for 25 ms; on a loaded machine
        // the cancelled checks can take longer than that to finish, so it may jump once more, by at most one attempt)
        Assert.That(elapsed, Is.LessThanOrEqualTo(Deadline + profile.Timing.AttemptTimeout), "the deadline, not 5 × 3 × 10 s");
    }

    private static ProfileOptions Profile() =>
        new() { Timing = new TimingOptions { StepDeadline = Deadline, PollInterval = TimeSpan.FromSeconds(1) } };

    /// <summary>Steps where step 3 sends one request through its own client on the step's clock, and what it saw.</summary>
    private static (List<FakeStep> Steps, Func<string?> Seen) Sending(CountingListener listener, EndpointResilience resilience)
    {
        string? seen = null;
        var steps = FakeStep.AllPassing();
        steps[2] = new FakeStep(KnownSteps.Get("3"), async (ctx, ct) =>
        {
            using var client = new ApiClient(new ApiClientSettings("Ozon", new Uri($"http://127.0.0.1:{listener.Port}/")) { Resilience = resilience }, ctx.Time);
            var response = await client.SendAsync(new RestRequest("x"), ctx.Evidence, ct);
            seen = response.ResponseStatus == ResponseStatus.Completed ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : response.ResponseStatus.ToString();
            return StepOutcome.Failed($"saw {seen}");
        });
        return (steps, () => seen);
    }
}
