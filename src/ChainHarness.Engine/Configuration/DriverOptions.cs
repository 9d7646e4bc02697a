
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

    /// <summary>
    /// Where the world pushes this party's messages, for a port that receives them: the verzoeknotificatie
    /// (8b → 9a) for <c>VthSystem</c> and <c>BehandeldienstSystem</c>, the SWF notifications for <c>CaseHandler</c>
    /// and <c>CollaborationPartner</c>. Unset: the simulated software of the world receives them.
    /// </summary>
    public string? NotificationUrl { get; set; }

    /// <summary>Optional settings when <see cref="Mode"/> is Observe.</summary>
    public ObserveDriverOptions Observe { get; set; } = new();

    public const string PlanSoftware = "PlanSoftware";

    public const string RulesSoftware = "RulesSoftware";

    public const string VthSystem = "VthSystem";

    public const string CaseHandler = "CaseHandler";

    public const string BehandeldienstSystem = "BehandeldienstSystem";

    public const string CollaborationPartner = "CollaborationPartner";

    /// <summary>The ports a driver can be configured for: steps 1–3, 5–7, 9a–9b, 11 (case handler), 10, 11 (partner).</summary>
    public static IReadOnlyList<string> Ports { get; } = [PlanSoftware, RulesSoftware, VthSystem, CaseHandler, BehandeldienstSystem, CollaborationPartner];

    /// <summary>Every broken driver key, including a port no driver exists for.</summary>
    public static IEnumerable<string> ValidateAll(IReadOnlyDictionary<string, DriverOptions> drivers, string path) =>
        drivers.SelectMany(d => Ports.Contains(d.Key, StringComparer.OrdinalIgnoreCase)
            ? d.Value.Validate($"{path}:{d.Key}")
            : [$"{path}:{d.Key}: no such port. Drivers exist for: {string.Join(", ", Ports)}."]);

    public IEnumerable<string> Validate(string path)
    {
        if (Mode == DriverMode.Http && Http is null)
        {
            yield return Texts.OptionTexts.RequiredWhen($"{path}:Http", "Http").ToString();
        }

        if (NotificationUrl is not null && (!Uri.TryCreate(NotificationUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            yield return Texts.OptionTexts.NotAUrl($"{path}:NotificationUrl").ToString();
        }
        else if (NotificationUrl is not null && Configuration.ProductionGuard.Check($"{path}:NotificationUrl", NotificationUrl) is { } production)
        {
            yield return production;
        }

        foreach (var error in Http?.Validate($"{path}:Http") ?? [])
        {
            yield return error;
        }
    }
}
