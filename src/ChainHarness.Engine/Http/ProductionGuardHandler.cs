using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Http;

/// <summary>
/// The last check before a request leaves, on every hop (RestSharp follows redirects itself, so a
/// redirect to a production host passes here too): a production DSO or LVBB host is refused, naming
/// <paramref name="key"/> when it is the base URL's host, else the hop that led there (a redirect).
/// </summary>
internal sealed class ProductionGuardHandler(string key, Uri baseUrl, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri && ProductionGuard.IsProductionHost(uri.IdnHost))
        {
            throw string.Equals(uri.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
                ? ConfigurationErrorException.WithErrors([ProductionGuard.Check(key, uri.AbsoluteUri)!])
                : ConfigurationErrorException.WithErrors([ProductionGuard.DescribeHop(key, baseUrl.IdnHost, uri.IdnHost)]);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
