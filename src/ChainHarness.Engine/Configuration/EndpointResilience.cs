namespace ChainHarness.Engine.Configuration;

/// <summary>How one endpoint's client retries and times out, resolved from the profile and the endpoint's overrides.</summary>
/// <param name="Retries">Retries of a transient failure (5xx, 429, connection reset, attempt timeout); 0: none.</param>
/// <param name="AttemptTimeout">How long one attempt may take.</param>
/// <param name="RetryDelay">The first backoff delay; it doubles per retry, with jitter. A Retry-After header wins.</param>
public sealed record EndpointResilience(int Retries, TimeSpan AttemptTimeout, TimeSpan RetryDelay)
{
    /// <summary>The defaults of <see cref="TimingOptions"/>.</summary>
    public static EndpointResilience Default { get; } = new TimingOptions().Resilience();
}
