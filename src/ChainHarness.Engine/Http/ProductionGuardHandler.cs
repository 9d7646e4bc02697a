using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Http;

/// <summary>
/// The last check before a request leaves, on every hop (RestSharp follows redirects itself, so a
/// redirect to a production host passes here too): a production DSO or LVBB host is refused.
/// </summary>
internal sealed class ProductionGuardHandler(string key, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            ProductionGuard.EnsureNotProduction(key, uri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
