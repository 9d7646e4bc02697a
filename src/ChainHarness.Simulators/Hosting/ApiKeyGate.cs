namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// The <c>x-api-key</c> check of the public DSO APIs (every <c>/publiek/</c> route): without a key the
/// simulator answers 401 problem+json, with another key than its own 403, as the gateway refuses (SEEN,
/// shared/protocols/auth.md; contracts/&lt;service&gt;/contract.json <c>auth.refusals</c>). The key it accepts is
/// the profile's <c>Endpoints:&lt;Name&gt;:ApiKey</c>, or <c>EndpointOptions.SimulatedApiKey</c> when none is set.
/// </summary>
public static class ApiKeyGate
{
    public const string Header = "x-api-key";

    /// <summary>Null when the request carries the expected key; otherwise the 401 (no key) or 403 (another key) to answer.</summary>
    public static SimResponse? Check(SimRequest request, string? expected, string service) =>
        request.Header(Header) switch
        {
            null or "" => SimResponse.Problem(401, "Unauthorized", $"{service}: de header {Header} ontbreekt; elke /publiek/-API vraagt erom."),
            var key when string.Equals(key, expected, StringComparison.Ordinal) => null,
            _ => SimResponse.Problem(403, "Forbidden", $"{service}: deze {Header} is niet geldig voor deze API."),
        };

    /// <summary>The older check that answers 401 for a missing and a wrong key alike.</summary>
    public static SimResponse? Refuse(SimRequest request, string? expected, string service) =>
        request.Header(Header) is { Length: > 0 } key && string.Equals(key, expected, StringComparison.Ordinal)
            ? null
            : SimResponse.Problem(401, "Unauthorized", $"{service}: een geldige header {Header} is verplicht.");
}
