using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// How a simulator answers while its service is down (<see cref="OutageFaults"/>): 503 Service
/// Unavailable without Retry-After, and every third request only after hanging past the attempt
/// timeout the profile gives this endpoint, so a client sees a 5xx storm with timeouts in it. The
/// wait runs on the world's clock; the short test timing keeps it short.
/// </summary>
internal sealed class ServiceOutage(SimulatedWorld world, string service)
{
    /// <summary>How much longer than the client's attempt timeout a hanging request takes.</summary>
    public static readonly TimeSpan PastTheTimeout = TimeSpan.FromMilliseconds(500);

    private int _requests;

    /// <summary>The answer while the service is down; null while it is up.</summary>
    public SimResponse? Answer()
    {
        if (!OutageFaults.IsDown(world.Faults, service))
        {
            return null;
        }

        var down = SimResponse.Problem(503, "Service Unavailable", $"{service}: de dienst is tijdelijk niet beschikbaar (storing).");
        return Interlocked.Increment(ref _requests) % 3 == 2 ? down with { Delay = HangTime } : down;
    }

    private TimeSpan HangTime => world.Profile.Endpoint(service).Resilience(world.Profile.Timing).AttemptTimeout + PastTheTimeout;
}
