using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Http;

namespace ChainHarness.Simulators.Faults;

/// <summary>
/// F11, DSO-LV outages and instability: one national service answers 503 Service Unavailable, some
/// requests only after hanging past the client's attempt timeout (see <c>Hosting/ServiceOutage</c>).
/// One fault per service, so a profile chooses which one is down.
/// </summary>
public static class OutageFaults
{
    /// <summary>F11: RTR gegevens v2 is down, so step 5 cannot ask it for the activity (steps 6–9b are skipped).</summary>
    public static readonly string F11 = Werkplaats.F11.Code;

    /// <summary>F11 at the viewer: Ozon Presenteren v8 is down, so step 4b cannot see the regeling.</summary>
    public static readonly string OzonDown = Werkplaats.F11.Code + "-Ozon";

    private static readonly Dictionary<string, string> ServiceOf = new(StringComparer.OrdinalIgnoreCase)
    {
        [F11] = DsoEndpoint.Rtr,
        [OzonDown] = DsoEndpoint.Ozon,
    };

    /// <summary>Whether an outage of this service (a <see cref="DsoEndpoint"/> name) is switched on.</summary>
    public static bool IsDown(FaultSet faults, string service) =>
        ServiceOf.Any(s => string.Equals(s.Value, service, StringComparison.OrdinalIgnoreCase) && faults.IsActive(s.Key));
}
