using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Drivers.Observe;

namespace ChainHarness.Engine.Drivers;

/// <summary>
/// How one port (key under <c>Profiles:&lt;name&gt;:Drivers</c>, e.g. <c>PlanSoftware</c>) is
/// driven. Default: simulated.
/// </summary>
public sealed class DriverOptions
{
    public DriverMode Mode { get; set; } = DriverMode.Simulated;

    /// <summary>Required when <see cref="Mode"/> is Http.</summary>
    public HttpDriverOptions? Http { get; set; }

    /// <summary>Optional settings when <see cref="Mode"/> is Observe.</summary>
    public ObserveDriverOptions Observe { get; set; } = new();

    public IEnumerable<string> Validate(string path)
    {
        if (Mode == DriverMode.Http && Http is null)
        {
            yield return $"{path}:Http: is required when Mode is Http.";
        }

        foreach (var error in Http?.Validate($"{path}:Http") ?? [])
        {
            yield return error;
        }
    }
}
