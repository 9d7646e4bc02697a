using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Drivers.Observe;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Running;

/// <summary>
/// Puts the configured drivers in place of the simulated municipal software: for each entry of
/// <c>Profiles:&lt;name&gt;:Drivers</c> (by port: <see cref="DriverOptions.Ports"/>) an http or observe driver
/// replaces the simulated one in <see cref="ChainServices"/>. The person for observe drivers is the
/// <see cref="IOperator"/> in the services (default: non-interactive). <paramref name="national"/>
/// gives the national endpoints' URLs for <c>${national:Lvbb}</c> … in http mappings. Dispose the result after the run.
/// </summary>
public static class MunicipalDrivers
{
    public static IDisposable Apply(
        ProfileOptions profile, ChainServices services, EndpointDirectory endpoints, TimeProvider time, HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null) =>
        Apply(profile.Drivers, profile, services, endpoints, time, transport, national);

    /// <summary>As above, with the drivers given instead of the profile's (a joined world's standard ones, the profile's on top).</summary>
    public static IDisposable Apply(
        IReadOnlyDictionary<string, DriverOptions> drivers, ProfileOptions profile, ChainServices services, EndpointDirectory endpoints, TimeProvider time,
        HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    {
        var owned = new List<IDisposable>();
        var person = services.Find<IOperator>() ?? new NonInteractiveOperator();
        foreach (var (name, options) in drivers)
        {
            var port = DriverOptions.Ports.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
            if (port is null || options.Mode == DriverMode.Simulated)
            {
                continue;
            }

            var driver = options.Mode == DriverMode.Http
                ? Http(port, options.Http!, profile, time, transport, national)
                : Observe(port, options.Observe, person, profile, endpoints, time);
            if (driver is IDisposable disposable)
            {
                owned.Add(disposable);
            }

            Add(services, port, driver);
            if (port == DriverOptions.PlanSoftware && options.Mode == DriverMode.Observe && options.Observe.VerslagFolder is { } verslagen)
            {
                services.Add<IReceivedVerslagen>(new VerslagFolder(verslagen));
            }
        }

        return new Owned(owned);
    }

    private static object Http(string port, HttpDriverOptions options, ProfileOptions profile, TimeProvider time, HttpTransport? transport, IReadOnlyDictionary<string, Uri>? national) => port switch
    {
        DriverOptions.PlanSoftware => new HttpPlanSoftware(options, profile, time, transport, national),
        DriverOptions.RulesSoftware => new HttpRulesSoftware(options, profile, time, transport, national),
        DriverOptions.VthSystem or DriverOptions.BehandeldienstSystem => new HttpVthSystem(port, options, profile, time, transport, national),
        DriverOptions.CaseHandler => new HttpCaseHandler(options, profile, time, transport, national),
        _ => new HttpCollaborationPartner(options, profile, time, transport, national),
    };

    private static object Observe(string port, ObserveDriverOptions options, IOperator person, ProfileOptions profile, EndpointDirectory endpoints, TimeProvider time) => port switch
    {
        DriverOptions.PlanSoftware => new ObservePlanSoftware(person, options, profile, endpoints, time),
        DriverOptions.RulesSoftware => new ObserveRulesSoftware(person, options, profile, time),
        DriverOptions.VthSystem => new ObserveVthSystem("VTH-systeem", person),
        DriverOptions.BehandeldienstSystem => new ObserveVthSystem($"Systeem van {profile.Behandeldienst?.Name ?? "de omgevingsdienst"}", person),
        DriverOptions.CaseHandler => new ObserveCaseHandler(person, profile, endpoints, time),
        _ => new ObserveCollaborationPartner(person, profile.Collaboration ?? new PartyOptions(), endpoints),
    };

    private static void Add(ChainServices services, string port, object driver)
    {
        switch (port)
        {
            case DriverOptions.PlanSoftware: services.Add((IPlanSoftware)driver); break;
            case DriverOptions.RulesSoftware: services.Add((IRulesSoftware)driver); break;
            case DriverOptions.VthSystem: services.Add((IVthSystem)driver); break;
            case DriverOptions.BehandeldienstSystem: services.Add((IBehandeldienstSystem)driver); break;
            case DriverOptions.CaseHandler: services.Add((ICaseHandler)driver); break;
            default: services.Add((ICollaborationPartner)driver); break;
        }
    }

    private sealed class Owned(List<IDisposable> items) : IDisposable
    {
        public void Dispose() => items.ForEach(i => i.Dispose());
    }
}
