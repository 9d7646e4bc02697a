namespace ChainHarness.Engine.Configuration;

/// <summary>One national endpoint. Default: simulated, with the simulators' key.</summary>
public sealed class EndpointOptions
{
    /// <summary>
    /// The key the simulators accept when none is configured (not a secret: it only opens the local
    /// simulators). The header is still required and sent, so a missing key fails as it would live.
    /// </summary>
    public const string SimulatedApiKey = "chainharness-simulated-key";

    public EndpointMode Mode { get; set; } = EndpointMode.Simulated;

    /// <summary>Base URL; required when <see cref="Mode"/> is Live.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The <c>x-api-key</c>. Keep it in the environment or user secrets, never in a file you commit.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The key to send (and, for a simulator, to require): the configured one, else <see cref="SimulatedApiKey"/> when simulated.</summary>
    public string? KeyToSend => ApiKey ?? (Mode == EndpointMode.Simulated ? SimulatedApiKey : null);

    public IEnumerable<string> Validate(string path)
    {
        if (Mode == EndpointMode.Live && string.IsNullOrWhiteSpace(BaseUrl))
        {
            yield return $"{path}:BaseUrl: is required when Mode is Live.";
        }

        if (BaseUrl is null)
        {
            yield break;
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return $"{path}:BaseUrl: '{BaseUrl}' is not an absolute http(s) URL.";
        }
    }
}
