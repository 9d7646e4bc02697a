namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The root of the configuration (section <c>ChainHarness</c>). Keys equal property names:
/// <c>ChainHarness:Profile</c>, <c>ChainHarness:Profiles:local:Municipality:Code</c>; as
/// environment variables <c>CHAINHARNESS__Profiles__local__Municipality__Code</c>.
/// </summary>
public sealed class HarnessOptions
{
    public const string SectionName = "ChainHarness";

    /// <summary>The profile a run uses. Default: <c>local</c>.</summary>
    public string Profile { get; set; } = "local";

    /// <summary>The <c>simulate</c> command's ports and stubs folder.</summary>
    public SimulateOptions Simulate { get; set; } = new();

    /// <summary>Every profile, by name.</summary>
    public Dictionary<string, ProfileOptions> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
