using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Running;

/// <summary>
/// Puts the configured drivers in place of the simulated municipal software: for each entry of
/// <c>Profiles:&lt;name&gt;:Drivers</c> (by port: <see cref="PlanSoftware"/>, …) an http or observe
/// driver replaces the simulated one in <see cref="ChainServices"/>. The person for observe
/// drivers is the <see cref="IOperator"/> in the services (default: non-interactive).
/// Dispose the result after the run.
/// </summary>
public static class MunicipalDrivers
{
    public const string PlanSoftware = DriverOptions.PlanSoftware;

    /// <summary>The ports a driver can be configured for.</summary>
    public static IReadOnlyList<string> Ports => DriverOptions.Ports;

    public static IDisposable Apply(ProfileOptions profile, ChainServices services, EndpointDirectory endpoints, TimeProvider time, HttpTransport? transport = null)
    {
        var owned = new List<IDisposable>();
        var person = services.Find<IOperator>() ?? new NonInteractiveOperator();
        foreach (var (port, options) in profile.Drivers)
        {
            if (!string.Equals(port, PlanSoftware, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (options.Mode)
            {
                case DriverMode.Http:
                    var http = new HttpPlanSoftware(options.Http!, profile, time, transport);
                    owned.Add(http);
                    services.Add<IPlanSoftware>(http);
                    break;
                case DriverMode.Observe:
                    services.Add<IPlanSoftware>(new ObservePlanSoftware(person, options.Observe, profile, endpoints, time));
                    break;
            }
        }

        return new Owned(owned);
    }


    private sealed class Owned(List<IDisposable> items) : IDisposable
    {
        public void Dispose() => items.ForEach(i => i.Dispose());
    }
}
