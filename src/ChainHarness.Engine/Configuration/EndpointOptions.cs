namespace ChainHarness.Engine.Configuration;

/// <summary>One national endpoint. Default: simulated, no key.</summary>
public sealed class EndpointOptions
{
    public EndpointMode Mode { get; set; } = EndpointMode.Simulated;

    /// <summary>Base URL; required when <see cref="Mode"/> is Live.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The <c>x-api-key</c>. Keep it in the environment or user secrets, never in a file you commit.</summary>
    public string? ApiKey { get; set; }

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
