
namespace ChainHarness.Engine.Configuration;

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

    /// <summary>The port a plan-software driver drives.</summary>
    public const string PlanSoftware = "PlanSoftware";

    /// <summary>The ports a driver can be configured for.</summary>
    public static IReadOnlyList<string> Ports { get; } = [PlanSoftware];

    /// <summary>Every broken driver key, including a port no driver exists for.</summary>
    public static IEnumerable<string> ValidateAll(IReadOnlyDictionary<string, DriverOptions> drivers, string path) =>
        drivers.SelectMany(d => Ports.Contains(d.Key, StringComparer.OrdinalIgnoreCase)
            ? d.Value.Validate($"{path}:{d.Key}")
            : [$"{path}:{d.Key}: no such port. Drivers exist for: {string.Join(", ", Ports)}."]);

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
