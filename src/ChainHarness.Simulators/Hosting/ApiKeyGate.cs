namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// The <c>x-api-key</c> check of the public DSO APIs: without the key the simulator answers 401
/// problem+json, as the real gateway refuses. The key it accepts is the profile's
/// <c>Endpoints:&lt;Name&gt;:ApiKey</c>, or <c>EndpointOptions.SimulatedApiKey</c> when none is set.
/// </summary>
public static class ApiKeyGate
{
    public const string Header = "x-api-key";

    /// <summary>Null when the request carries the expected key; otherwise the 401 to answer.</summary>
    public static SimResponse? Refuse(SimRequest request, string? expected, string service) =>
        request.Header(Header) is { Length: > 0 } key && string.Equals(key, expected, StringComparison.Ordinal)
            ? null
            : SimResponse.Problem(401, "Unauthorized", $"{service}: a valid {Header} header is required.");
}
