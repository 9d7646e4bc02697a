using System.Diagnostics;
using System.Net.Http.Headers;

namespace ChainHarness.Benchmarks;

/// <summary>The floor: the same requests, one after the other, with a plain HttpClient and nothing else.</summary>
internal sealed class Replayer : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    public async Task<TimeSpan> ReplayAsync(IReadOnlyList<RecordedExchange> exchanges)
    {
        var watch = Stopwatch.StartNew();
        foreach (var exchange in exchanges)
        {
            using var request = new HttpRequestMessage(new HttpMethod(exchange.Method), exchange.Url);
            if (exchange.Body.Length > 0 || exchange.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new ByteArrayContent(exchange.Body);
            }

            foreach (var (name, values) in exchange.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(name, values))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, values);
                }
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
            _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }

        return watch.Elapsed;
    }

    public void Dispose() => _http.Dispose();
}
